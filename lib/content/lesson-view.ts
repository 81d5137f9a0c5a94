import { locales, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { describeBacklinks, type BacklinkItem } from "./backlink-view";
import type { Lesson, LessonVersion } from "./lessons";
import { backlinksOf } from "./link-graph";
import { loadSite, type Site } from "./site";

export interface LessonView {
  lesson: Lesson;
  version: LessonVersion;
  /** 1-based place in the learning path. */
  position: number;
  untranslated: boolean;
  /** Locales with their own text for this lesson (for hreflang). */
  available: Locale[];
  previous?: { href: string; title: string };
  next?: { href: string; title: string };
  lookup: Pick<Site, "serviceById" | "termById" | "lessonBySlug">;
  /** Quiz questions that link to this lesson. */
  practice: BacklinkItem[];
}

export async function lessonStaticParams(): Promise<{ locale: Locale; slug: string }[]> {
  const { lessons } = await loadSite();
  return locales.flatMap((locale) => lessons.map((lesson) => ({ locale, slug: lesson.slug })));
}

/** Everything a lesson page shows, or undefined for an unknown slug. */
export async function getLessonView(locale: Locale, slug: string): Promise<LessonView | undefined> {
  const site = await loadSite();
  const index = site.lessons.findIndex((l) => l.slug === slug);
  const lesson = site.lessons[index];
  if (!lesson) return undefined;
  const link = (other: Lesson | undefined) =>
    other ? { href: routes.lesson(locale, other.slug), title: other.versions[locale].frontmatter.title } : undefined;
  return {
    lesson,
    version: lesson.versions[locale],
    position: index + 1,
    untranslated: lesson.untranslatedIn.includes(locale),
    available: locales.filter((l) => !lesson.untranslatedIn.includes(l)),
    previous: link(site.lessons[index - 1]),
    next: link(site.lessons[index + 1]),
    lookup: site,
    practice: describeBacklinks(
      backlinksOf(site.graph, { kind: "lesson", id: slug }).filter((s) => s.kind === "quiz"),
      site,
      locale,
    ),
  };
}

export interface PathEntry {
  slug: string;
  title: string;
  description: string;
  section: Lesson["section"];
  minutes: number;
  untranslated: boolean;
}

/** The learning path in one locale: every lesson in order. */
export async function getLearningPath(locale: Locale): Promise<PathEntry[]> {
  const { lessons } = await loadSite();
  return lessons.map((lesson) => {
    const v = lesson.versions[locale];
    return {
      slug: lesson.slug,
      title: v.frontmatter.title,
      description: v.frontmatter.description,
      section: lesson.section,
      minutes: v.readingMinutes,
      untranslated: lesson.untranslatedIn.includes(locale),
    };
  });
}
