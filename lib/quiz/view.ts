import { domainLabels, domainOfTask } from "@/lib/content/exam-blueprint";
import { loadSite, type Site } from "@/lib/content/site";
import type { QuizQuestion, QuizSet } from "@/lib/content/schemas";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { locales, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import type { PlayQuestion } from "./attempt";

export interface QuizSetSummary {
  id: string;
  title: string;
  description: string;
  href: string;
  count: number;
  /** Question ids, so the browser can match them with stored progress. */
  questionIds: string[];
}

function toPlay(site: Site, set: QuizSet, question: QuizQuestion, locale: Locale): PlayQuestion {
  const t = getDictionary(locale).quiz;
  const links: PlayQuestion["links"] = [];
  for (const ref of question.links.lessons) {
    const lesson = site.lessonBySlug.get(ref.slug);
    if (!lesson) continue;
    const version = lesson.versions[locale];
    const heading = ref.anchor ? version.toc.find((e) => e.id === ref.anchor)?.text : undefined;
    links.push({ href: routes.lesson(locale, ref.slug, ref.anchor), label: heading ? `${version.frontmatter.title}: ${heading}` : version.frontmatter.title });
  }
  for (const id of question.links.services) {
    const service = site.serviceById.get(id);
    if (service) links.push({ href: routes.service(locale, id), label: service.name[locale] });
  }
  for (const id of question.links.terms) {
    const term = site.termById.get(id);
    if (term) links.push({ href: routes.term(locale, id), label: term[locale].name });
  }
  const mainTask = question.blueprint.tasks[0] ?? "1.1";
  const domainId = domainOfTask(mainTask);
  const quizCase = question.case ? set.cases.find((c) => c.id === question.case) : undefined;
  const kind = {
    choice: () => ({
      multi: question.type === "choice" && question.options.filter((o) => o.correct).length > 1,
      options: question.type === "choice" ? question.options.map((o) => ({ id: o.id, text: o.text[locale], explanation: o.explanation[locale], correct: o.correct })) : [],
      steps: [],
      responses: [],
    }),
    ordering: () => ({
      multi: false,
      options: [],
      steps: question.type === "ordering" ? question.steps.map((s) => ({ id: s.id, text: s.text[locale] })) : [],
      responses: [],
      ...(question.type === "ordering" ? { explanation: question.explanation[locale] } : {}),
    }),
    matching: () => ({
      multi: false,
      options: [],
      steps: question.type === "matching" ? question.pairs.map((p) => ({ id: p.id, text: p.prompt[locale] })) : [],
      responses: question.type === "matching" ? question.pairs.map((p) => ({ id: p.id, text: p.response[locale] })) : [],
      ...(question.type === "matching" ? { explanation: question.explanation[locale] } : {}),
    }),
  }[question.type]();
  return {
    id: question.id,
    setId: set.id,
    kind: question.type,
    topic: set.title[locale],
    difficulty: t.difficulty[question.difficulty],
    domain: domainLabels[domainId][locale],
    domainId,
    tasks: question.blueprint.tasks,
    exams: question.blueprint.exams,
    ...(quizCase ? { case: { id: quizCase.id, title: quizCase.title[locale], scenario: quizCase.scenario[locale] } } : {}),
    scenario: question.scenario[locale],
    question: question.question[locale],
    ...kind,
    ...(question.note ? { note: question.note[locale] } : {}),
    links,
  };
}

export async function getQuizHome(locale: Locale): Promise<{ sets: QuizSetSummary[]; total: number }> {
  const site = await loadSite();
  const sets = site.quizSets.map((set) => ({
    id: set.id,
    title: set.title[locale],
    description: set.description[locale],
    href: routes.quizSet(locale, set.id),
    count: set.questions.length,
    questionIds: set.questions.map((q) => q.id),
  }));
  return { sets, total: sets.reduce((n, s) => n + s.count, 0) };
}

export async function quizSetStaticParams(): Promise<{ locale: Locale; set: string }[]> {
  const { quizSets } = await loadSite();
  return locales.flatMap((locale) => quizSets.map((s) => ({ locale, set: s.id })));
}

export interface QuizSetView {
  id: string;
  title: string;
  description: string;
  questions: PlayQuestion[];
}

export async function getQuizSetView(locale: Locale, setId: string): Promise<QuizSetView | undefined> {
  const site = await loadSite();
  const set = site.quizSets.find((s) => s.id === setId);
  if (!set) return undefined;
  return {
    id: set.id,
    title: set.title[locale],
    description: set.description[locale],
    questions: set.questions.map((q) => toPlay(site, set, q, locale)),
  };
}

/** Every question of every set in one language: for timed exams and spaced review across sets. */
export async function getAllPlayQuestions(locale: Locale): Promise<{ sets: { id: string; title: string; count: number }[]; questions: PlayQuestion[] }> {
  const site = await loadSite();
  return {
    sets: site.quizSets.map((s) => ({ id: s.id, title: s.title[locale], count: s.questions.length })),
    questions: site.quizSets.flatMap((set) => set.questions.map((q) => toPlay(site, set, q, locale))),
  };
}

/** What the readiness page needs of each question: its id, domain, task statements and exams (no text). */
export async function getReadinessQuestions(): Promise<Pick<PlayQuestion, "id" | "domainId" | "tasks" | "exams">[]> {
  const site = await loadSite();
  return site.quizSets.flatMap((set) =>
    set.questions.map((q) => ({ id: q.id, domainId: domainOfTask(q.blueprint.tasks[0] ?? "1.1"), tasks: q.blueprint.tasks, exams: q.blueprint.exams })),
  );
}

export interface QuestionBank {
  sets: { id: string; title: string; count: number }[];
  questions: PlayQuestion[];
}

/** The whole bank of one language as JSON: the runners that draw across sets fetch it instead of inlining it. */
export async function getQuestionBankFile(locale: Locale): Promise<string> {
  const bank: QuestionBank = await getAllPlayQuestions(locale);
  return JSON.stringify(bank);
}
