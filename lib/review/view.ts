import type { PracticeRisk, ReviewPillar } from "@/lib/content/schemas";
import { loadSite } from "@/lib/content/site";
import { pillarLabels } from "@/lib/content/taxonomy";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { questionCode } from "./risk";

export interface ReviewLink {
  href: string;
  label: string;
}

export interface ReviewChoiceView {
  id: string;
  title: string;
  description: string;
  risk: PracticeRisk;
  links: ReviewLink[];
}

/** One question in one language, ready for the browser. */
export interface ReviewQuestionView {
  id: string;
  /** "MLOPS 01" */
  code: string;
  pillar: ReviewPillar;
  pillarName: string;
  title: string;
  description: string;
  choices: ReviewChoiceView[];
  current: { id: string; title: string }[];
  currentNote?: string;
}

export async function getReviewQuestions(locale: Locale): Promise<ReviewQuestionView[]> {
  const site = await loadSite();
  return site.reviewQuestions.map((q) => ({
    id: q.id,
    code: questionCode(q.id),
    pillar: q.pillar,
    pillarName: pillarLabels[q.pillar][locale],
    title: q.title[locale],
    description: q.description[locale],
    choices: q.choices.map((c) => ({
      id: c.id,
      title: c.title[locale],
      description: c.description[locale],
      risk: c.risk,
      links: [
        ...c.lessons.flatMap((ref) => {
          const lesson = site.lessonBySlug.get(ref.slug);
          if (!lesson) return [];
          const version = lesson.versions[locale];
          const heading = ref.anchor ? version.toc.find((t) => t.id === ref.anchor)?.text : undefined;
          return [{ href: routes.lesson(locale, ref.slug, ref.anchor), label: heading ? `${version.frontmatter.title}: ${heading}` : version.frontmatter.title }];
        }),
        ...c.services.flatMap((id) => {
          const service = site.serviceById.get(id);
          return service ? [{ href: routes.service(locale, id), label: service.name[locale] }] : [];
        }),
      ],
    })),
    current: q.current.map((c) => ({ id: c.id, title: c.title[locale] })),
    ...(q.currentNote ? { currentNote: q.currentNote[locale] } : {}),
  }));
}
