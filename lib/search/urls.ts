import type { Locale } from "@/lib/i18n/locales";

/** Where the prebuilt search indexes are served (app/search/[file]/route.ts). */
export const searchIndexFileNames = ["glossary-ja.json", "glossary-en.json", "site.json"] as const;

export function searchIndexUrl(kind: "glossary", locale: Locale): string;
export function searchIndexUrl(kind: "site"): string;
export function searchIndexUrl(kind: "glossary" | "site", locale?: Locale): string {
  return kind === "site" ? "/search/site.json" : `/search/${kind}-${locale}.json`;
}
