import { diagramNames } from "@/components/diagrams/names";
import { bankProblems, measureBank } from "./bank-figures";
import { ContentError } from "./errors";
import { loadExamGuides } from "./exam-guides";
import { loadTerms } from "./glossary";
import { readLessons, type Lesson } from "./lessons";
import { buildLinkGraph, type LinkGraph } from "./link-graph";
import { cueProblems, measureCues } from "./quiz-cues";
import { loadQuizSets } from "./quizzes";
import { loadLens, type Lens } from "./lens";
import { checkLensReferences, checkQuizReferences, checkReviewReferences, checkYamlReferences } from "./references";
import { loadReviewQuestions } from "./review";
import type { ExamGuide, QuizQuestion, QuizSet, ReviewQuestion, Service, Term } from "./schemas";
import { loadServices } from "./services";

export interface Site {
  lessons: Lesson[];
  services: Service[];
  terms: Term[];
  serviceById: ReadonlyMap<string, Service>;
  termById: ReadonlyMap<string, Term>;
  lessonBySlug: ReadonlyMap<string, Lesson>;
  quizSets: QuizSet[];
  /** Every quiz question by id, with the set it belongs to. */
  questionById: ReadonlyMap<string, { set: QuizSet; question: QuizQuestion }>;
  reviewQuestions: ReviewQuestion[];
  /** The current ML Lens (Nov 2025): AWS's file joined with our explanations. */
  lens: Lens;
  /** MLA-C01 and MLA-C02 in our words. */
  examGuides: ExamGuide[];
  graph: LinkGraph;
}

/** Every link written in a lesson must point at something that exists; the build stops otherwise. */
export function checkLessonLinks(lessons: Lesson[], site: Pick<Site, "serviceById" | "termById" | "lessonBySlug">): void {
  for (const lesson of lessons) {
    const written = new Set(Object.values(lesson.versions));
    for (const version of written) {
      const problems: string[] = [];
      for (const link of version.links) {
        const where = `line ${link.line}`;
        if (link.kind === "service" && !site.serviceById.has(link.id)) problems.push(`${where}: unknown service id "${link.id}" in <Svc>`);
        if (link.kind === "term" && !site.termById.has(link.id)) problems.push(`${where}: unknown glossary term id "${link.id}" in <Term>`);
        if (link.kind === "diagram" && !diagramNames.has(link.id)) problems.push(`${where}: unknown diagram "${link.id}" in <Diagram>`);
        if (link.kind === "lesson") {
          const target = site.lessonBySlug.get(link.id);
          if (!target) problems.push(`${where}: unknown lesson slug "${link.id}" in <LessonLink>`);
          else if (link.anchor && !target.versions.ja.toc.some((t) => t.id === link.anchor)) {
            problems.push(`${where}: lesson "${link.id}" has no heading {#${link.anchor}}`);
          }
        }
      }
      if (problems.length > 0) throw new ContentError(version.file, problems);
    }
  }
}

async function build(): Promise<Site> {
  const [lessons, services, terms, quizSets] = [await readLessons(), loadServices(), loadTerms(), loadQuizSets()];
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const lessonBySlug = new Map(lessons.map((l) => [l.slug, l]));
  const known = {
    services: new Set(serviceById.keys()),
    terms: new Set(termById.keys()),
    lessons: new Set(lessonBySlug.keys()),
  };
  checkYamlReferences(services, terms, known);
  checkLessonLinks(lessons, { serviceById, termById, lessonBySlug });
  const anchors = new Map(lessons.map((l) => [l.slug, new Set(l.versions.ja.toc.map((t) => t.id))]));
  checkQuizReferences(quizSets, known, anchors);
  const reviewQuestions = loadReviewQuestions();
  checkReviewReferences(reviewQuestions, known, anchors);
  const lens = loadLens();
  const examGuides = loadExamGuides();
  checkLensReferences(lens.questions, known, anchors);
  const questionById = new Map(quizSets.flatMap((set) => set.questions.map((question) => [question.id, { set, question }] as const)));
  const graph = buildLinkGraph(lessons, services, terms, quizSets);
  // Last, so every other mistake is reported first: a bank whose right answers stand out by length or whose
  // wrong options name retired services fails the build.
  const cues = cueProblems(measureCues(quizSets, services));
  if (cues.length > 0) throw new ContentError("content/quizzes (answer cues)", cues);
  // A bank that strays from an exam guide's domain weights, or leaves a task statement with too few questions,
  // would mislead learners about where they stand.
  const bank = bankProblems(measureBank(quizSets));
  if (bank.length > 0) throw new ContentError("content/quizzes (bank against the exam guides)", bank);
  return { lessons, services, terms, serviceById, termById, lessonBySlug, quizSets, questionById, reviewQuestions, lens, examGuides, graph };
}

let site: Promise<Site> | undefined;

/** All content, validated and cross-linked. Loaded once per process. */
export function loadSite(): Promise<Site> {
  site ??= build();
  return site;
}
