import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LocaleShell } from "@/components/layout/locale-shell";
import { localeStaticParams, resolveLocale, type LocaleParams } from "@/lib/page-params";
import { siteUrl } from "@/lib/routes";
import "../globals.css";

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export const metadata: Metadata = { metadataBase: siteUrl() };
export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1419" },
  ],
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <LocaleShell locale={locale}>{children}</LocaleShell>;
}
