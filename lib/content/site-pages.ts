import { locales, type Locale } from "@/lib/i18n/locales";
import { loadSite } from "./site";

export interface SitePage {
  /** Path after the locale, "" for the home page: "/lessons/what-is-sagemaker-ai". */
  path: string;
  /** Locales where the page has its own text. */
  locales: readonly Locale[];
  /** Kept out of search engines' and the site search's index in these locales (untranslated). */
  noindexIn: readonly Locale[];
}

/** Every prerendered page, from the content. The sitemap and the browser tests both use this list. */
export async function listSitePages(): Promise<SitePage[]> {
  const site = await loadSite();
  const all = (path: string): SitePage => ({ path, locales, noindexIn: [] });
  return [
    all(""),
    all("/lessons"),
    ...site.lessons.map((lesson) => ({
      path: `/lessons/${lesson.slug}`,
      locales: locales.filter((l) => !lesson.untranslatedIn.includes(l)),
      noindexIn: lesson.untranslatedIn,
    })),
    all("/services"),
    ...site.services.map((s) => all(`/services/${s.id}`)),
    all("/glossary"),
    ...site.terms.map((t) => all(`/glossary/${t.id}`)),
    all("/quiz"),
    ...site.quizSets.map((set) => all(`/quiz/${set.id}`)),
    all("/quiz/exam"),
    all("/quiz/review"),
    all("/quiz/readiness"),
    all("/quiz/drill"),
    all("/quiz/bookmarks"),
    ...site.examGuides.map((g) => all(`/exams/${g.id}`)),
    all("/review"),
    all("/review/2020"),
  ];
}
