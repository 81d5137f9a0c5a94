import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import type { Suggestion } from "@/lib/ui/suggest";
import { loadSite } from "./site";

/** The pages a 404 can suggest in one language: lessons, services, terms and quiz sets, by title. */
export async function getSuggestablePages(locale: Locale): Promise<Suggestion[]> {
  const site = await loadSite();
  return [
    ...site.lessons.map((l) => ({ href: routes.lesson(locale, l.slug), title: l.versions[locale].frontmatter.title })),
    ...site.services.map((s) => ({ href: routes.service(locale, s.id), title: s.name[locale] })),
    ...site.terms.map((t) => ({ href: routes.term(locale, t.id), title: t[locale].name })),
    ...site.quizSets.map((q) => ({ href: routes.quizSet(locale, q.id), title: q.title[locale] })),
  ];
}
