import type { Metadata } from "next";
import { NotFoundLocale } from "@/components/layout/not-found-locale.client";
import { NotFoundView } from "@/components/layout/not-found-view";
import { ThemeScript } from "@/components/layout/theme-script";
import "./globals.css";

export const metadata: Metadata = { title: "404 | SageMaker AI Study" };

/** For paths outside /ja and /en: the message in both languages. */
export default function GlobalNotFound() {
  return (
    <html lang="ja" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-bg text-fg">
        <main id="main" className="mx-auto max-w-7xl px-4 py-8">
          <NotFoundView suggestions />
          <NotFoundLocale />
        </main>
      </body>
    </html>
  );
}
