import type { Metadata } from "next";
import { LanguageChooser } from "@/components/layout/language-chooser";

export const metadata: Metadata = {
  title: "SageMaker AI Study / SageMaker AI 学習ポータル",
  alternates: { languages: { ja: "/ja", en: "/en", "x-default": "/ja" } },
};

/**
 * `/`: the server (proxy.ts) redirects by Accept-Language before this renders. In a static export
 * there is no server, so this page picks the language from the browser and links both.
 */
export default function RootPage() {
  return <LanguageChooser />;
}
