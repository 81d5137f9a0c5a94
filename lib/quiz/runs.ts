/**
 * The kinds of question run a learner can start besides a whole set: spaced review of what is due, a drill of
 * their weak areas for one exam, their bookmarks, and a retry of the questions they missed in an attempt. Each run
 * is stored as a session under its own key; this module names the keys, builds each run's order and finds the
 * unfinished run to continue. Pure functions over stored progress.
 */
import { examIds, type ExamId } from "@/lib/content/exam-blueprint";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { isAnswerCorrect, type PlayQuestion } from "./attempt";
import { dueQuestionIds, type Progress, type Session } from "./progress";
import { drillOrder } from "./readiness";

export type RunKind = "practice" | "review" | "drill" | "bookmarks";

/** What a session key names: a set's practice, the review queue, a drill for one exam, the bookmarks, the exam. */
export type RunKey = { kind: "practice"; setId: string } | { kind: "review" } | { kind: "drill"; exam: ExamId } | { kind: "bookmarks" } | { kind: "exam" };

export function runKey(kind: RunKind, detail: { setId?: string; exam?: ExamId } = {}): string {
  if (kind === "practice") return `practice:${detail.setId ?? ""}`;
  if (kind === "drill") return `drill:${detail.exam ?? "mla-c01"}`;
  return kind;
}

export function parseRunKey(key: string): RunKey | undefined {
  if (key === "review" || key === "bookmarks" || key === "exam") return { kind: key };
  const [kind, rest] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
  if (kind === "practice" && rest) return { kind: "practice", setId: rest };
  if (kind === "drill" && (examIds as readonly string[]).includes(rest)) return { kind: "drill", exam: rest as ExamId };
  return undefined;
}

/** The exam a learner probably sits in this language: MLA-C01 is what remains in Japanese until MLA-C02 is GA. */
export function defaultExam(locale: Locale): ExamId {
  return locale === "ja" ? "mla-c01" : "mla-c02";
}

/** Reads `?exam=` and falls back to the language's exam. */
export function examFromParam(value: string | null | undefined, locale: Locale): ExamId {
  return value && (examIds as readonly string[]).includes(value) ? (value as ExamId) : defaultExam(locale);
}

type Orderable = Pick<PlayQuestion, "id" | "domainId" | "tasks" | "exams">;

/** The question ids of a new run, in the order shown. Only ids in `questions` are used. */
export function runOrder(kind: RunKind, questions: readonly Orderable[], progress: Progress, now: Date, seed: string, exam?: ExamId): string[] {
  const known = new Set(questions.map((q) => q.id));
  if (kind === "practice") return questions.map((q) => q.id);
  if (kind === "review") return dueQuestionIds(progress, now, known);
  if (kind === "bookmarks") return progress.bookmarks.filter((id) => known.has(id));
  return drillOrder(questions, progress, exam ?? "mla-c01", now, seed);
}

/** The questions of a finished attempt that were answered wrong or not at all, in the attempt's order. */
export function missedInSession(session: Session, questions: readonly Pick<PlayQuestion, "id" | "kind" | "options" | "steps">[]): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return session.order.filter((id) => {
    const q = byId.get(id);
    return q !== undefined && !isAnswerCorrect(q, session.answers[id] ?? []);
  });
}

export interface ContinueTarget {
  key: RunKey;
  href: string;
  answered: number;
  total: number;
  startedAt: string;
}

function hrefOf(key: RunKey, locale: Locale): string {
  switch (key.kind) {
    case "practice":
      return routes.quizSet(locale, key.setId);
    case "review":
      return routes.quizReview(locale);
    case "drill":
      return routes.quizDrill(locale, key.exam);
    case "bookmarks":
      return routes.quizBookmarks(locale);
    case "exam":
      return routes.quizExam(locale);
  }
}

/**
 * "Continue where you left off": the unfinished run started most recently that has at least one answer, among
 * runs whose questions still exist (`known`: every question id; `sets`: every set id).
 */
export function continueTarget(progress: Progress, locale: Locale, known: ReadonlySet<string>, sets: ReadonlySet<string>): ContinueTarget | undefined {
  let best: ContinueTarget | undefined;
  for (const [raw, session] of Object.entries(progress.sessions)) {
    const key = parseRunKey(raw);
    if (!key || session.finished) continue;
    if (key.kind === "practice" && !sets.has(key.setId)) continue;
    const order = session.order.filter((id) => known.has(id));
    const answered = order.filter((id) => (session.answers[id]?.length ?? 0) > 0).length;
    if (order.length === 0 || answered === 0) continue;
    if (!best || Date.parse(session.startedAt) > Date.parse(best.startedAt)) {
      best = { key, href: hrefOf(key, locale), answered, total: order.length, startedAt: session.startedAt };
    }
  }
  return best;
}
