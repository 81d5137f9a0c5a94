/**
 * The kinds of question run a learner can start besides a whole set: spaced review of what is due, a drill of
 * their weak areas for one exam, their bookmarks, and a retry of the questions they missed in an attempt. Each run
 * is stored as a session under its own key (run-keys.ts); this module builds each run's order. Pure functions over
 * stored progress.
 */
import { examIds, type ExamId } from "@/lib/content/exam-blueprint";
import type { Locale } from "@/lib/i18n/locales";
import { isAnswerCorrect, type PlayQuestion } from "./attempt";
import { dueQuestionIds } from "./due";
import type { Progress, Session } from "./progress";
import { drillOrder } from "./readiness";
import type { RunKind } from "./run-keys";

export { continueTarget, parseRunKey, runKey, type ContinueTarget, type RunKey, type RunKind } from "./run-keys";

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

