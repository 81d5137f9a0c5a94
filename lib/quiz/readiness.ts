/**
 * Where a learner stands for an exam: per domain and per task statement, how many of its questions they have
 * seen, how many of those they last answered right, how well they still remember the ones under spaced review,
 * and what is due. "Drill my weak areas" is built from the same figures. Pure functions over stored progress.
 */
import { fsrs, type Card } from "ts-fsrs";
import { examDomains, taskIds, type ExamDomain, type ExamId, type TaskId } from "@/lib/content/exam-blueprint";
import type { PlayQuestion } from "./attempt";
import { endOfDay, type Progress, type StoredCard } from "./progress";
import { seededShuffle } from "./random";

type Known = Pick<PlayQuestion, "id" | "domainId" | "tasks" | "exams">;

export interface AreaFigures {
  /** Questions in the bank for this area and exam. */
  total: number;
  /** Of those, answered at least once. */
  seen: number;
  /** Of those seen, last answered right. */
  lastRight: number;
  /** lastRight / seen, 0–100; undefined before anything is seen. */
  accuracy: number | undefined;
  /** Questions under spaced review here. */
  cards: number;
  /** Mean chance (0–100) of recalling them today, as the review schedule estimates; undefined without cards. */
  retention: number | undefined;
  /** Review cards due by the end of today. */
  due: number;
}

export interface Readiness {
  exam: ExamId;
  overall: AreaFigures;
  byDomain: Record<ExamDomain, AreaFigures>;
  byTask: Record<TaskId, AreaFigures>;
}

const scheduler = fsrs({ enable_fuzz: false });

function toCard(stored: StoredCard): Card {
  const { due, last_review, ...rest } = stored;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) };
}

/** The chance (0–1) that a card is still remembered at `now`. */
export function recallChance(stored: StoredCard, now: Date): number {
  return scheduler.get_retrievability(toCard(stored), now, false);
}

function figures(questions: readonly Known[], progress: Progress, now: Date): AreaFigures {
  const limit = endOfDay(now).getTime();
  let seen = 0;
  let lastRight = 0;
  let cards = 0;
  let recall = 0;
  let due = 0;
  for (const q of questions) {
    const stats = progress.answers[q.id];
    if (stats && stats.seen > 0) {
      seen++;
      if (stats.lastCorrect) lastRight++;
    }
    const card = progress.cards[q.id];
    if (card) {
      cards++;
      recall += recallChance(card, now);
      if (Date.parse(card.due) <= limit) due++;
    }
  }
  return {
    total: questions.length,
    seen,
    lastRight,
    accuracy: seen > 0 ? Math.round((lastRight / seen) * 100) : undefined,
    cards,
    retention: cards > 0 ? Math.round((recall / cards) * 100) : undefined,
    due,
  };
}

/** The readiness figures of one exam, from the questions that fit it. */
export function readiness(questions: readonly Known[], progress: Progress, exam: ExamId, now: Date): Readiness {
  const fits = questions.filter((q) => q.exams.includes(exam));
  const byDomain = Object.fromEntries(examDomains.map((d) => [d, figures(fits.filter((q) => q.domainId === d), progress, now)])) as Record<ExamDomain, AreaFigures>;
  const byTask = Object.fromEntries(taskIds.map((t) => [t, figures(fits.filter((q) => q.tasks.includes(t)), progress, now)])) as Record<TaskId, AreaFigures>;
  return { exam, overall: figures(fits, progress, now), byDomain, byTask };
}

/**
 * How weak a task looks, lower is weaker: the share last answered right, with one right and one wrong assumed
 * beforehand so that a task seen once is not judged on one answer, and an unseen task sits in the middle (0.5).
 */
export function taskStrength(f: AreaFigures): number {
  return (f.lastRight + 1) / (f.seen + 2);
}

/** The weakest task statements of an exam (those with questions), weakest first; ties: fewer seen first, then guide order. */
export function weakestTasks(r: Readiness, count = 3): TaskId[] {
  return taskIds
    .filter((t) => r.byTask[t].total > 0)
    .map((t, i) => ({ t, i, s: taskStrength(r.byTask[t]), seen: r.byTask[t].seen }))
    .sort((a, b) => a.s - b.s || a.seen - b.seen || a.i - b.i)
    .slice(0, count)
    .map((x) => x.t);
}

/**
 * "Drill my weak areas": the exam's questions due for review (up to half the set), then questions of the weakest
 * tasks that the learner has not yet got right (unseen or last wrong) before ones they have, in the seed's order.
 */
export function drillOrder(questions: readonly Known[], progress: Progress, exam: ExamId, now: Date, seed: string, size = 20): string[] {
  const fits = questions.filter((q) => q.exams.includes(exam));
  const limit = endOfDay(now).getTime();
  const due = fits
    .filter((q) => {
      const card = progress.cards[q.id];
      return card !== undefined && Date.parse(card.due) <= limit;
    })
    .sort((a, b) => Date.parse(progress.cards[a.id]?.due ?? "") - Date.parse(progress.cards[b.id]?.due ?? ""))
    .slice(0, Math.floor(size / 2))
    .map((q) => q.id);
  const order = [...due];
  const weak = weakestTasks(readiness(questions, progress, exam, now));
  const candidates = seededShuffle(
    fits.filter((q) => !order.includes(q.id) && weak.includes(q.tasks[0] as TaskId)),
    `${seed}:drill`,
  );
  const notYetRight = candidates.filter((q) => !progress.answers[q.id]?.lastCorrect);
  const rest = candidates.filter((q) => progress.answers[q.id]?.lastCorrect);
  for (const q of [...notYetRight, ...rest]) {
    if (order.length >= size) break;
    order.push(q.id);
  }
  return order;
}
