import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ThemeScript } from "@/components/layout/theme-script";
import { siteUrl } from "@/lib/routes";
import "../globals.css";

export const metadata: Metadata = { metadataBase: siteUrl() };

export default function RootRedirectLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-bg text-fg">{children}</body>
    </html>
  );
}
