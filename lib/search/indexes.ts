import { loadSite } from "@/lib/content/site";
import { locales, type Locale } from "@/lib/i18n/locales";
import { lessonSectionDocs, serviceDoc, termDoc } from "./documents";
import { buildIndex } from "./engine";

/** The search index files the site publishes, built once at build time and fetched lazily. */
export const searchIndexFiles: { file: string; locale?: Locale }[] = [
  ...locales.map((locale) => ({ file: `glossary-${locale}.json`, locale })),
  { file: "site.json" },
];


export async function searchIndexJson(file: string): Promise<string | undefined> {
  const entry = searchIndexFiles.find((f) => f.file === file);
  if (!entry) return undefined;
  const { terms, services, lessons } = await loadSite();
  if (entry.locale) return JSON.stringify(buildIndex(terms.map((t) => termDoc(t, entry.locale as Locale))));
  // Site-wide: lesson sections, services and terms in both languages; the reader's language is listed first.
  const docs = [
    ...lessons.flatMap(lessonSectionDocs),
    ...locales.flatMap((locale) => services.map((s) => serviceDoc(s, locale))),
    ...locales.flatMap((locale) => terms.map((t) => termDoc(t, locale))),
  ];
  return JSON.stringify(buildIndex(docs));
}
