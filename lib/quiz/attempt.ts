import type { ExamDomain, ExamId, TaskId } from "@/lib/content/exam-blueprint";
import { seededShuffle } from "./random";

/** A question as the browser gets it: one language, links resolved to URLs. */
export interface PlayOption {
  id: string;
  text: string;
  explanation: string;
  correct: boolean;
}

/** A step of an ordering item, or a prompt or response of a matching item. */
export interface PlayItem {
  id: string;
  text: string;
}

export type PlayKind = "choice" | "ordering" | "matching";

export interface PlayQuestion {
  id: string;
  setId: string;
  kind: PlayKind;
  /** The set's title: the topic results are grouped by. */
  topic: string;
  difficulty: string;
  /** The exam domain's name (from the question's main task statement). */
  domain: string;
  domainId: ExamDomain;
  /** Task statements practised, main first ("2.2"). */
  tasks: TaskId[];
  exams: ExamId[];
  /** The case study this question belongs to, shown above its scenario. */
  case?: { id: string; title: string; scenario: string };
  scenario: string;
  question: string;
  /** "Choose two": more than one option is correct. */
  multi: boolean;
  /** Multiple choice only (empty for the other kinds). */
  options: PlayOption[];
  /** Ordering: the steps in the right order. Matching: the prompts, each with the response of the same id. */
  steps: PlayItem[];
  /** Matching only: the responses (same ids as their prompts). */
  responses: PlayItem[];
  /** Ordering and matching: why. */
  explanation?: string;
  note?: string;
  links: { href: string; label: string }[];
}

/** A matching answer is stored as "prompt=response" per prompt. */
export function matchAnswer(promptId: string, responseId: string): string {
  return `${promptId}=${responseId}`;
}

/** The response chosen for each prompt of a matching answer. */
export function parseMatches(chosen: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of chosen) {
    const [prompt, response] = entry.split("=");
    if (prompt && response) map.set(prompt, response);
  }
  return map;
}

/** The options in the order this attempt shows them: shuffled per question from the attempt's seed. */
export function orderOptions<T extends { id: string }>(questionId: string, options: readonly T[], seed: string): T[] {
  return seededShuffle(options, `${seed}:${questionId}`);
}

/** `count` questions drawn from `pool` for a timed exam, the same ones for the same seed. */
export function drawQuestions<T>(pool: readonly T[], count: number, seed: string): T[] {
  const n = Math.max(1, Math.min(Math.floor(count), pool.length));
  return seededShuffle(pool, `${seed}:draw`).slice(0, n);
}

type Scorable = Pick<PlayQuestion, "kind" | "options" | "steps">;

/**
 * Right only when the whole answer is right, as the exam scores it (no partial credit): exactly the correct
 * options; every step in its place; every prompt matched to its own response.
 */
export function isAnswerCorrect(question: Scorable, chosen: readonly string[]): boolean {
  if (question.kind === "ordering") {
    return chosen.length === question.steps.length && question.steps.every((step, i) => chosen[i] === step.id);
  }
  if (question.kind === "matching") {
    const matches = parseMatches(chosen);
    return matches.size === question.steps.length && question.steps.every((p) => matches.get(p.id) === p.id);
  }
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  const picked = new Set(chosen);
  return picked.size === correct.length && correct.every((id) => picked.has(id));
}

/**
 * Whether an answer is complete enough to submit: one option, or two for "choose two"; every step placed
 * (the starting order counts once the learner has touched it); every prompt matched.
 */
export function canSubmit(question: Scorable, chosen: readonly string[]): boolean {
  if (question.kind === "ordering") return chosen.length === question.steps.length;
  if (question.kind === "matching") return parseMatches(chosen).size === question.steps.length;
  const needed = question.options.filter((o) => o.correct).length;
  return new Set(chosen).size === needed;
}

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

export interface AttemptScore {
  correct: number;
  total: number;
  /** Per topic, in the order topics first appear. Unanswered questions count as wrong. */
  byTopic: TopicScore[];
}

export function scoreAttempt(
  questions: readonly (Pick<PlayQuestion, "id" | "topic"> & Scorable)[],
  answers: Readonly<Record<string, readonly string[]>>,
): AttemptScore {
  const topics = new Map<string, TopicScore>();
  let correct = 0;
  for (const question of questions) {
    const right = isAnswerCorrect(question, answers[question.id] ?? []);
    if (right) correct++;
    const entry = topics.get(question.topic) ?? { topic: question.topic, correct: 0, total: 0 };
    entry.total++;
    if (right) entry.correct++;
    topics.set(question.topic, entry);
  }
  return { correct, total: questions.length, byTopic: [...topics.values()] };
}

/** 0–100, rounded. */
export function percent(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}

/**
 * The order an ordering item's steps start in for this attempt: shuffled from the seed, and never already right
 * (that would score a learner who did nothing).
 */
export function startingOrder(questionId: string, steps: readonly PlayItem[], seed: string): PlayItem[] {
  const shuffled = seededShuffle(steps, `${seed}:${questionId}`);
  const unchanged = shuffled.every((s, i) => s.id === steps[i]?.id);
  return unchanged && shuffled.length > 1 ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}

/** Moves the item at `from` to `to` (both clamped), returning a new list. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const target = Math.max(0, Math.min(to, next.length - 1));
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(target, 0, item);
  return next;
}
