import type { Locale } from "@/lib/i18n/locales";

/** Where the prebuilt search indexes are served (app/search/[file]/route.ts). */
export const searchIndexFileNames = ["glossary-ja.json", "glossary-en.json", "site-ja.json", "site-en.json", "site-names-ja.json", "site-names-en.json", "pages-ja.json", "pages-en.json"] as const;

/**
 * One index per reader's language: its lessons, services and terms, plus the other language's services and terms.
 * "site-names" is the same without the long text, fetched first.
 */
export function searchIndexUrl(kind: "glossary" | "site" | "site-names" | "pages", locale: Locale): string {
  return `/search/${kind}-${locale}.json`;
}
