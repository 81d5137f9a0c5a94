import { getSuggestablePages } from "@/lib/content/not-found-pages";
import { loadSite } from "@/lib/content/site";
import { locales, type Locale } from "@/lib/i18n/locales";
import { lessonSectionDocs, serviceDoc, termDoc } from "./documents";
import { buildIndex } from "./engine";

/** The search index files the site publishes, built once at build time and fetched lazily. */
export const searchIndexFiles: { file: string; kind: "glossary" | "site" | "site-names" | "pages"; locale: Locale }[] = locales.flatMap((locale) => [
  { file: `pages-${locale}.json`, kind: "pages" as const, locale },
  { file: `glossary-${locale}.json`, kind: "glossary" as const, locale },
  { file: `site-${locale}.json`, kind: "site" as const, locale },
  { file: `site-names-${locale}.json`, kind: "site-names" as const, locale },
]);


export async function searchIndexJson(file: string): Promise<string | undefined> {
  const entry = searchIndexFiles.find((f) => f.file === file);
  if (!entry) return undefined;
  const { terms, services, lessons, serviceById, termById } = await loadSite();
  const name = (kind: "service" | "term", id: string, locale: Locale) => (kind === "service" ? serviceById.get(id)?.name[locale] : termById.get(id)?.[locale].name);
  // Every page's address and title, for the 404 page's "did you mean" (fetched only there).
  if (entry.kind === "pages") return JSON.stringify(await getSuggestablePages(entry.locale));
  if (entry.kind === "glossary") return JSON.stringify(buildIndex(terms.map((t) => termDoc(t, entry.locale))));
  // Site-wide, per reader's language: its lesson sections, services and terms, and the other language's services
  // and terms (small) so a name typed in the other language still finds them; the other language's lesson text
  // (most of the bytes) stays in that language's file.
  const docs = [
    ...lessons.flatMap((lesson) => lessonSectionDocs(lesson, name)).filter((d) => d.locale === entry.locale),
    ...locales.flatMap((locale) => services.map((s) => serviceDoc(s, locale))),
    ...locales.flatMap((locale) => terms.map((t) => termDoc(t, locale))),
  ];
  // The names file is the same documents without their text: small enough to answer the first keystrokes while
  // the full file is still on its way
  // (titles and names only; the summary under each result fills in when the full file replaces it).
  return JSON.stringify(buildIndex(entry.kind === "site-names" ? docs.map((d) => ({ ...d, text: "", body: "" })) : docs));
}
