import { locales, type Locale } from "@/lib/i18n/locales";
import { describeBacklinks, type BacklinkItem } from "./backlink-view";
import { backlinksOf } from "./link-graph";
import type { Service, Term } from "./schemas";
import { loadSite } from "./site";

export async function termStaticParams(): Promise<{ locale: Locale; id: string }[]> {
  const { terms } = await loadSite();
  return locales.flatMap((locale) => terms.map((t) => ({ locale, id: t.id })));
}

/** Terms in dictionary order for the locale: gojūon order by reading for ja, A–Z for en. */
export async function getGlossary(locale: Locale): Promise<Term[]> {
  const { terms } = await loadSite();
  const key = (t: Term) => (locale === "ja" ? t.ja.reading : t.en.name.toLowerCase());
  return [...terms].sort((a, b) => key(a).localeCompare(key(b), locale));
}

export interface TermView {
  term: Term;
  relatedTerms: Term[];
  relatedServices: Service[];
  relatedLessons: { slug: string; title: string }[];
  linkedFrom: BacklinkItem[];
}

export async function getTermView(locale: Locale, id: string): Promise<TermView | undefined> {
  const site = await loadSite();
  const term = site.termById.get(id);
  if (!term) return undefined;
  return {
    term,
    relatedTerms: term.related.terms.map((t) => site.termById.get(t)).filter((t): t is Term => t !== undefined),
    relatedServices: term.related.services.map((s) => site.serviceById.get(s)).filter((s): s is Service => s !== undefined),
    relatedLessons: term.related.lessons.flatMap((slug) => {
      const lesson = site.lessonBySlug.get(slug);
      return lesson ? [{ slug, title: lesson.versions[locale].frontmatter.title }] : [];
    }),
    linkedFrom: describeBacklinks(backlinksOf(site.graph, { kind: "term", id }), site, locale),
  };
}
