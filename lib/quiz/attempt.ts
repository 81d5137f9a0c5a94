import { seededShuffle } from "./random";

/** A question as the browser gets it: one language, links resolved to URLs. */
export interface PlayOption {
  id: string;
  text: string;
  explanation: string;
  correct: boolean;
}

export interface PlayQuestion {
  id: string;
  setId: string;
  /** The set's title: the topic results are grouped by. */
  topic: string;
  difficulty: string;
  domain: string;
  scenario: string;
  question: string;
  /** "Choose two": more than one option is correct. */
  multi: boolean;
  options: PlayOption[];
  note?: string;
  links: { href: string; label: string }[];
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

/** Right only when exactly the correct options are chosen (no partial credit, as in AWS exams). */
export function isAnswerCorrect(question: Pick<PlayQuestion, "options">, chosen: readonly string[]): boolean {
  const correct = question.options.filter((o) => o.correct).map((o) => o.id);
  const picked = new Set(chosen);
  return picked.size === correct.length && correct.every((id) => picked.has(id));
}

/** Whether a choice is complete enough to submit: one option, or two for "choose two". */
export function canSubmit(question: Pick<PlayQuestion, "options">, chosen: readonly string[]): boolean {
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
  questions: readonly Pick<PlayQuestion, "id" | "topic" | "options">[],
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
