/**
 * A light, read-only look at saved quiz progress for pages that only show a summary (the home page): what is due
 * and which run is unfinished. No schema library and no scheduler are loaded; anything that does not look like the
 * current format gives nothing, and the quiz pages, which validate and migrate in full, deal with it.
 */

/** The one localStorage key quiz progress lives under. */
export const PROGRESS_KEY = "sagemaker-ai-study:quiz-progress";

export interface PeekSession {
  order: string[];
  answers: Record<string, string[]>;
  startedAt: string;
  finished: boolean;
}

export interface ProgressPeek {
  cards: Record<string, { due: string }>;
  sessions: Record<string, PeekSession>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

function session(v: unknown): PeekSession | undefined {
  if (!isObject(v) || !isStrings(v.order) || typeof v.startedAt !== "string" || typeof v.finished !== "boolean" || !isObject(v.answers)) return undefined;
  const answers: Record<string, string[]> = {};
  for (const [id, a] of Object.entries(v.answers)) if (isStrings(a)) answers[id] = a;
  return { order: v.order, answers, startedAt: v.startedAt, finished: v.finished };
}

/** The due dates and sessions of saved progress in the current format (version 3), or undefined. */
export function peekProgress(text: string | null, version = 3): ProgressPeek | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.version !== version || !isObject(data.cards) || !isObject(data.sessions)) return undefined;
  const cards: Record<string, { due: string }> = {};
  for (const [id, c] of Object.entries(data.cards)) if (isObject(c) && typeof c.due === "string" && !Number.isNaN(Date.parse(c.due))) cards[id] = { due: c.due };
  const sessions: Record<string, PeekSession> = {};
  for (const [key, s] of Object.entries(data.sessions)) {
    const ok = session(s);
    if (ok && !Number.isNaN(Date.parse(ok.startedAt))) sessions[key] = ok;
  }
  return { cards, sessions };
}
