import type { Locale } from "./i18n/locales";

/** Every internal URL is made here, so a route change is one edit. */
export const routes = {
  home: (locale: Locale) => `/${locale}`,
  lessons: (locale: Locale) => `/${locale}/lessons`,
  lesson: (locale: Locale, slug: string, anchor?: string) =>
    `/${locale}/lessons/${slug}${anchor ? `#${anchor}` : ""}`,
  services: (locale: Locale) => `/${locale}/services`,
  service: (locale: Locale, id: string) => `/${locale}/services/${id}`,
  glossary: (locale: Locale) => `/${locale}/glossary`,
  term: (locale: Locale, id: string) => `/${locale}/glossary/${id}`,
  quiz: (locale: Locale) => `/${locale}/quiz`,
  quizSet: (locale: Locale, setId: string) => `/${locale}/quiz/${setId}`,
  /** A practice set opened at one question (the set page reads `?q=`). */
  quizQuestion: (locale: Locale, setId: string, questionId: string) => `/${locale}/quiz/${setId}?q=${questionId}`,
  quizExam: (locale: Locale) => `/${locale}/quiz/exam`,
  quizReview: (locale: Locale) => `/${locale}/quiz/review`,
  /** Where the learner stands for an exam; `?exam=` picks it. */
  quizReadiness: (locale: Locale, exam?: string) => `/${locale}/quiz/readiness${exam ? `?exam=${exam}` : ""}`,
  /** A drill of the weak areas for one exam. */
  quizDrill: (locale: Locale, exam: string) => `/${locale}/quiz/drill?exam=${exam}`,
  quizBookmarks: (locale: Locale) => `/${locale}/quiz/bookmarks`,
  /** Every question of one language as JSON, fetched by the exam, review, drill and bookmarks pages. */
  quizBank: (locale: Locale) => `/${locale}/quiz/bank.json`,
  /** The exam guide in our words: domains, task statements and what teaches and tests each. */
  exam: (locale: Locale, exam: string) => `/${locale}/exams/${exam}`,
  review: (locale: Locale) => `/${locale}/review`,
  /** The self-review against the 2020 whitepaper's 21 questions, kept for people working from it. */
  review2020: (locale: Locale) => `/${locale}/review/2020`,
  /** The current ML Lens as a custom-lens file for the Well-Architected Tool, in this language. */
  lensFile: (locale: Locale) => `/${locale}/review/ml-lens.json`,
};

/** The same page in another locale: swaps the first path segment. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const parts = pathname.split("/");
  if (parts.length > 1 && (parts[1] === "ja" || parts[1] === "en")) {
    parts[1] = to;
    return parts.join("/") || `/${to}`;
  }
  return `/${to}`;
}

/**
 * The site's public origin, from SITE_URL (for example https://learn.example.com), or undefined when it is not
 * set: then no absolute URL is written anywhere (canonical and hreflang stay relative, og:url is left out), so a
 * build never advertises a wrong host such as http://localhost:3000.
 */
export function siteUrl(value: string | undefined = process.env.SITE_URL): URL | undefined {
  const trimmed = value?.trim();
  return trimmed ? new URL(trimmed) : undefined;
}

/** The absolute URL of a site path, or undefined without SITE_URL. */
export function absoluteUrl(path: string, base: URL | undefined = siteUrl()): string | undefined {
  return base ? new URL(path, base).toString() : undefined;
}

/** The absolute URL of a site path, or the root-relative path itself without SITE_URL. */
export function publicUrl(path: string, base: URL | undefined = siteUrl()): string {
  return absoluteUrl(path, base) ?? path;
}
