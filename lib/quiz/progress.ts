/**
 * The learner's quiz progress, kept in the browser: answers, best scores, unfinished attempts and a
 * spaced-repetition schedule (FSRS) for questions they got wrong. Pure functions; the browser adapter
 * in storage.ts reads and writes it.
 */
import { createEmptyCard, fsrs, Rating, type Card } from "ts-fsrs";
import { newerVersion, type Loaded } from "@/lib/browser-storage";
import { examIds } from "@/lib/content/exam-blueprint";
import { bool, dateTime, int, list, literal, num, object, oneOf, record, str, validate } from "./checks";

export { dueQuestionIds, endOfDay } from "./due";

export const PROGRESS_VERSION = 3;
// progress-peek.ts reads this same version without the checks; keep them in step.
/** Written into exported files so an import can tell our files from any other JSON. */
export const PROGRESS_APP = "sagemaker-ai-study";

// Plain checks (./checks), not a schema library: the quiz pages load this on every visit.
const count = int(0);
const nonNegative = num(0);

/** An FSRS card with its dates as ISO strings. */
const cardCheck = object(
  {
    due: dateTime,
    stability: nonNegative,
    difficulty: nonNegative,
    elapsed_days: nonNegative,
    scheduled_days: nonNegative,
    learning_steps: count,
    reps: count,
    lapses: count,
    state: int(0, 3),
  },
  { last_review: dateTime },
);
export type StoredCard = ReturnType<typeof cardCheck>;

const answerStatsCheck = object({ seen: count, correct: count, lastAt: dateTime, lastCorrect: bool }, undefined, { test: (s) => s.correct <= s.seen, reason: "correct cannot exceed seen" });

const bestCheck = object({ correct: count, total: int(1), at: dateTime }, undefined, { test: (b) => b.correct <= b.total, reason: "correct cannot exceed total" });

/** An attempt in progress, so a reload continues where the learner was. */
const sessionCheck = object(
  {
    seed: str(/^[a-z0-9]{1,32}$/),
    /** Question ids in the order shown. */
    order: list(str(), 1000),
    index: count,
    /** Per question: chosen option ids, the step ids in the order placed, or "prompt=response" matches (up to 7). */
    answers: record(list(str(), 10)),
    /** Questions whose answer has been checked (practice): their choice is final. */
    checked: list(str()),
    flagged: list(str()),
    startedAt: dateTime,
    finished: bool,
  },
  {
    /** Timed exams only. */
    endsAt: dateTime,
    /** An exam simulation: the exam it follows (its form and domain weights). */
    exam: oneOf(examIds),
  },
);
export type Session = ReturnType<typeof sessionCheck>;

const tally = object({ correct: count, total: count }, undefined, { test: (t) => t.correct <= t.total, reason: "correct cannot exceed total" });

/** A finished exam simulation, kept for the history of attempts (the questions may change later; the result does not). */
const attemptCheck = object(
  { exam: oneOf(examIds), at: dateTime, correct: count, answered: count, total: int(1), minutes: nonNegative, byDomain: record(tally) },
  undefined,
  { test: (a) => a.correct <= a.answered && a.answered <= a.total, reason: "correct ≤ answered ≤ total" },
);
export type AttemptRecord = ReturnType<typeof attemptCheck>;

/** How many past simulations are kept. */
export const MAX_ATTEMPTS = 50;

const progressCheck = object({
  version: literal(PROGRESS_VERSION),
  answers: record(answerStatsCheck),
  best: record(bestCheck),
  cards: record(cardCheck),
  sessions: record(sessionCheck),
  /** Question ids the learner bookmarked, in the order bookmarked. */
  bookmarks: list(str(), 2000),
  /** Finished exam simulations, oldest first. */
  attempts: list(attemptCheck, MAX_ATTEMPTS),
});
export type Progress = ReturnType<typeof progressCheck>;

/** Version 2: the same without bookmarks and the history of simulations. */
const progressV2Check = object({
  version: literal(2),
  answers: record(answerStatsCheck),
  best: record(bestCheck),
  cards: record(cardCheck),
  sessions: record(sessionCheck),
});

/** The first format (before spaced review): percent-free best scores and a list of missed question ids. */
const progressV1Check = object({
  version: literal(1),
  scores: record(object({ correct: count, total: int(1) })),
  missed: list(str()),
  updatedAt: dateTime,
});

/** Checks data against the current format. */
export function checkProgress(data: unknown): { ok: true; value: Progress } | { ok: false; error: string } {
  return validate(progressCheck, data);
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, answers: {}, best: {}, cards: {}, sessions: {}, bookmarks: [], attempts: [] };
}

export type LoadResult = Loaded<Progress>;


/** Old formats to the current one. Returns undefined for data of no known version. */
function migrate(data: unknown): { progress: Progress; from: number } | { error: string } {
  const version = typeof data === "object" && data !== null && "version" in data ? (data as { version: unknown }).version : undefined;
  if (version === 2) {
    const parsed = validate(progressV2Check, data);
    if (!parsed.ok) return { error: parsed.error };
    return { progress: { ...parsed.value, version: PROGRESS_VERSION, bookmarks: [], attempts: [] }, from: 2 };
  }
  if (version === 1) {
    const parsed = validate(progressV1Check, data);
    if (!parsed.ok) return { error: parsed.error };
    const v1 = parsed.value;
    const progress = emptyProgress();
    for (const [setId, score] of Object.entries(v1.scores)) {
      progress.best[setId] = { correct: Math.min(score.correct, score.total), total: score.total, at: v1.updatedAt };
    }
    // Questions missed under v1 enter the review schedule, due now.
    const now = new Date(v1.updatedAt);
    for (const id of v1.missed) progress.cards[id] = toStored(schedule(undefined, false, now));
    return { progress, from: 1 };
  }
  return { error: version === undefined ? "no version field" : `unknown version ${JSON.stringify(version)}` };
}

/** Reads stored text: the current format as is, an old one migrated, anything unreadable reset. Never throws. */
export function parseProgress(text: string | null): LoadResult {
  if (text === null || text.trim() === "") return { value: emptyProgress(), status: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { value: emptyProgress(), status: "reset", reason: "not valid JSON" };
  }
  const newer = newerVersion(data, PROGRESS_VERSION);
  if (newer !== undefined) return { value: emptyProgress(), status: "newer", version: newer };
  const current = checkProgress(data);
  if (current.ok) return { value: current.value, status: "ok" };
  const version = typeof data === "object" && data !== null ? (data as { version?: unknown }).version : undefined;
  if (version === PROGRESS_VERSION) return { value: emptyProgress(), status: "reset", reason: current.error };
  const migrated = migrate(data);
  if ("error" in migrated) return { value: emptyProgress(), status: "reset", reason: migrated.error };
  return { value: migrated.progress, status: "migrated", from: migrated.from };
}

const scheduler = fsrs({ enable_fuzz: false });

function toStored(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: due.toISOString(), ...(last_review ? { last_review: last_review.toISOString() } : {}) };
}

function fromStored(card: StoredCard): Card {
  const { due, last_review, ...rest } = card;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) };
}

/** The next state of a question's review card after an answer. */
function schedule(card: Card | undefined, correct: boolean, now: Date): Card {
  return scheduler.next(card ?? createEmptyCard(now), now, correct ? Rating.Good : Rating.Again).card;
}

/**
 * Records one checked answer: per-question stats, and the review schedule. A missed question gets a card
 * (due again soon); a question that already has a card moves along it, right answers pushing it further out.
 */
export function recordAnswer(progress: Progress, questionId: string, correct: boolean, now: Date): Progress {
  const before = progress.answers[questionId];
  const answers = {
    ...progress.answers,
    [questionId]: {
      seen: (before?.seen ?? 0) + 1,
      correct: (before?.correct ?? 0) + (correct ? 1 : 0),
      lastAt: now.toISOString(),
      lastCorrect: correct,
    },
  };
  const existing = progress.cards[questionId];
  const cards = { ...progress.cards };
  if (existing || !correct) cards[questionId] = toStored(schedule(existing ? fromStored(existing) : undefined, correct, now));
  return { ...progress, answers, cards };
}

/** Keeps the better of the stored best score and a finished attempt's score (ties: the newer). */
export function recordBest(progress: Progress, setId: string, correct: number, total: number, now: Date): Progress {
  const before = progress.best[setId];
  if (before && before.correct / before.total > correct / total) return progress;
  return { ...progress, best: { ...progress.best, [setId]: { correct, total, at: now.toISOString() } } };
}

export function setSession(progress: Progress, key: string, session: Session | undefined): Progress {
  const sessions = { ...progress.sessions };
  if (session) sessions[key] = session;
  else delete sessions[key];
  return { ...progress, sessions };
}

/** The text of an exported progress file. */
export function exportProgress(progress: Progress, now: Date): string {
  return JSON.stringify({ app: PROGRESS_APP, exportedAt: now.toISOString(), ...progress }, null, 2);
}

export type ImportResult = { ok: true; progress: Progress; migratedFrom?: number } | { ok: false; error: string };

/** Checks an imported file completely before anything is replaced; a bad file changes nothing. */
export function importProgress(text: string): ImportResult {
  if (text.length > 5_000_000) return { ok: false, error: "the file is too large to be a progress file" };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: "the file is not valid JSON" };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, error: "the file does not contain a progress object" };
  const { app, ...withDate } = data as Record<string, unknown>;
  const { exportedAt, ...rest } = withDate;
  if (exportedAt !== undefined && typeof exportedAt !== "string") return { ok: false, error: "exportedAt: is not a date" };
  if (app !== PROGRESS_APP) return { ok: false, error: "the file was not exported by this site" };
  const current = checkProgress(rest);
  if (current.ok) return { ok: true, progress: current.value };
  if (rest.version === PROGRESS_VERSION) return { ok: false, error: current.error };
  const migrated = migrate(rest);
  if ("error" in migrated) return { ok: false, error: migrated.error };
  return { ok: true, progress: migrated.progress, migratedFrom: migrated.from };
}

/** Bookmarks a question, or removes its bookmark. */
export function toggleBookmark(progress: Progress, questionId: string): Progress {
  const has = progress.bookmarks.includes(questionId);
  return { ...progress, bookmarks: has ? progress.bookmarks.filter((id) => id !== questionId) : [...progress.bookmarks, questionId] };
}

/** Adds a finished simulation to the history, dropping the oldest beyond MAX_ATTEMPTS. */
export function recordAttempt(progress: Progress, attempt: AttemptRecord): Progress {
  return { ...progress, attempts: [...progress.attempts, attempt].slice(-MAX_ATTEMPTS) };
}
