import type { Lesson } from "@/lib/content/lessons";
import { fillNameMarks } from "@/lib/mdx/remark-lesson";
import type { Service, Term } from "@/lib/content/schemas";
import { otherLocale, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import type { SearchDoc } from "./engine";

/** A glossary term as found from the glossary page of `locale`: every name in both languages matches. */
export function termDoc(term: Term, locale: Locale): SearchDoc {
  const other = otherLocale(locale);
  return {
    id: `term:${term.id}:${locale}`,
    kind: "term",
    locale,
    title: term[locale].name,
    names: [term.ja.reading, term[other].name, ...term.aliases, ...(locale === "ja" ? [] : [term.ja.name])],
    text: term[locale].short,
    body: term[locale].body,
    href: routes.term(locale, term.id),
  };
}

export function serviceDoc(service: Service, locale: Locale): SearchDoc {
  return {
    id: `service:${service.id}:${locale}`,
    kind: "service",
    locale,
    title: service.name[locale],
    names: [service.reading, service.name[otherLocale(locale)], ...service.aliases],
    text: service.summary[locale],
    body: `${service.whenToUse[locale]} ${service.whenNotToUse[locale]}`,
    href: routes.service(locale, service.id),
  };
}

/**
 * One document per lesson section, in each language the lesson is written in. A lesson shown
 * untranslated in a locale adds nothing in that locale, so it stays out of that language's results.
 */
export function lessonSectionDocs(lesson: Lesson, name: (kind: "service" | "term", id: string, locale: Locale) => string | undefined = () => undefined): SearchDoc[] {
  const written = new Set(Object.values(lesson.versions));
  return [...written].flatMap((version) =>
    version.sections.map((s) => ({ ...s, text: fillNameMarks(s.text, (kind, id) => name(kind, id, version.locale)).replace(/\s+/g, " ").trim() })).map((section) => ({
      id: `lesson:${lesson.slug}#${section.id}:${version.locale}`,
      kind: "lesson" as const,
      locale: version.locale,
      title: section.heading || version.frontmatter.title,
      names: [],
      text: section.text.slice(0, 160),
      body: section.text,
      href: routes.lesson(version.locale, lesson.slug, section.id || undefined),
      context: version.frontmatter.title,
    })),
  );
}
