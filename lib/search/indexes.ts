import { loadSite } from "@/lib/content/site";
import { locales, type Locale } from "@/lib/i18n/locales";
import { termDoc } from "./documents";
import { buildIndex } from "./engine";

/** The search index files the site publishes, built once at build time and fetched lazily. */
export const searchIndexFiles = locales.map((locale) => ({ file: `glossary-${locale}.json`, locale }));

export function searchIndexUrl(kind: "glossary", locale: Locale): string {
  return `/search/${kind}-${locale}.json`;
}

export async function searchIndexJson(file: string): Promise<string | undefined> {
  const entry = searchIndexFiles.find((f) => f.file === file);
  if (!entry) return undefined;
  const { terms } = await loadSite();
  return JSON.stringify(buildIndex(terms.map((t) => termDoc(t, entry.locale))));
}
