import { lensPhases, type LessonRef } from "@/lib/content/schemas";
import { loadSite, type Site } from "@/lib/content/site";
import { lensPhaseLabels, pillarLabels, type Pillar } from "@/lib/content/taxonomy";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { buildLocalizedLens } from "./lens-export";
import type { LegacyQuestion } from "./migrate";
import { questionCode, type PracticeRisk } from "./risk";
import type { RiskRule } from "./risk-rules";

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
  /** AWS's page for the practice (current lens). */
  url?: string;
}

/** One question in one language, ready for the browser. */
export interface ReviewQuestionView {
  id: string;
  /** "MLOPS 01" */
  code: string;
  pillar: Pillar;
  pillarName: string;
  /** Current lens: the lifecycle phase, its name and its place in the lifecycle. */
  phase?: string;
  phaseName?: string;
  phaseOrder?: number;
  /** Current lens: AWS's risk rules, which decide the question's risk, and its "None of these" choice id. */
  riskRules?: RiskRule[];
  noneId?: string;
  /** Current lens: AWS's pillar id, as the Well-Architected Tool knows it. */
  lensPillarId?: string;
  title: string;
  description: string;
  choices: ReviewChoiceView[];
  current: { id: string; title: string }[];
  currentNote?: string;
}

function learnLinks(site: Site, locale: Locale, lessons: readonly LessonRef[], services: readonly string[]): ReviewLink[] {
  return [
    ...lessons.flatMap((ref) => {
      const lesson = site.lessonBySlug.get(ref.slug);
      if (!lesson) return [];
      const version = lesson.versions[locale];
      const heading = ref.anchor ? version.toc.find((t) => t.id === ref.anchor)?.text : undefined;
      return [{ href: routes.lesson(locale, ref.slug, ref.anchor), label: heading ? `${version.frontmatter.title}: ${heading}` : version.frontmatter.title }];
    }),
    ...services.flatMap((id) => {
      const service = site.serviceById.get(id);
      return service ? [{ href: routes.service(locale, id), label: service.name[locale] }] : [];
    }),
  ];
}

/** The current ML Lens (Nov 2025) in one language: AWS's ids, titles and rules with our explanations. */
export async function getLensQuestions(locale: Locale): Promise<ReviewQuestionView[]> {
  const site = await loadSite();
  return site.lens.questions.map((q) => ({
    id: q.id,
    code: q.id,
    pillar: q.pillar,
    pillarName: pillarLabels[q.pillar][locale],
    phase: q.phase,
    phaseName: lensPhaseLabels[q.phase][locale],
    phaseOrder: lensPhases.indexOf(q.phase),
    lensPillarId: q.pillarId,
    title: q.title[locale],
    description: q.description[locale],
    choices: q.practices.map((p) => ({
      id: p.id,
      title: p.title[locale],
      description: p.explanation[locale],
      risk: p.weight,
      links: learnLinks(site, locale, p.lessons, p.services),
      ...(p.url ? { url: p.url } : {}),
    })),
    current: [],
    riskRules: q.riskRules,
    noneId: q.noneId,
  }));
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
      links: learnLinks(site, locale, c.lessons, c.services),
    })),
    current: q.current.map((c) => ({ id: c.id, title: c.title[locale] })),
    ...(q.currentNote ? { currentNote: q.currentNote[locale] } : {}),
  }));
}

/** The current lens as the Well-Architected Tool custom-lens JSON in this language (a static file per locale). */
export async function getLensFile(locale: Locale): Promise<string> {
  const site = await loadSite();
  const t = getDictionary(locale).review;
  return `${JSON.stringify(buildLocalizedLens(site.lens, locale, { name: t.currentLensName, description: t.currentLensDescription }), null, 2)}\n`;
}

/** What the current review needs of the 2020 questions to pre-fill itself from a saved 2020 review. */
export async function getLegacyMap(): Promise<LegacyQuestion[]> {
  const site = await loadSite();
  return site.reviewQuestions.map((q) => ({ id: q.id, code: questionCode(q.id), choices: q.choices.map((c) => ({ id: c.id, risk: c.risk })), current: q.current.map((c) => c.id) }));
}
