import type { Session } from "./progress";

export function newSession(order: string[], seed: string, now: Date, endsAt?: Date): Session {
  return {
    seed,
    order,
    index: 0,
    answers: {},
    checked: [],
    flagged: [],
    startedAt: now.toISOString(),
    ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
    finished: false,
  };
}

/**
 * Whether a stored attempt can be continued: it exists, every question in it still exists, and the URL
 * does not ask for another attempt (a different seed). Finished attempts are kept to show their results.
 */
export function canResume(session: Session | undefined, known: ReadonlySet<string>, urlSeed: string | undefined): session is Session {
  if (!session) return false;
  if (urlSeed !== undefined && urlSeed !== session.seed) return false;
  if (session.order.length === 0 || !session.order.every((id) => known.has(id))) return false;
  return session.index <= session.order.length;
}

export function choose(session: Session, questionId: string, chosen: string[]): Session {
  if (session.checked.includes(questionId) || session.finished) return session;
  return { ...session, answers: { ...session.answers, [questionId]: chosen } };
}

export function markChecked(session: Session, questionId: string): Session {
  return session.checked.includes(questionId) ? session : { ...session, checked: [...session.checked, questionId] };
}

export function toggleFlag(session: Session, questionId: string): Session {
  const flagged = session.flagged.includes(questionId) ? session.flagged.filter((id) => id !== questionId) : [...session.flagged, questionId];
  return { ...session, flagged };
}

export function goTo(session: Session, index: number): Session {
  return { ...session, index: Math.max(0, Math.min(index, session.order.length - 1)) };
}

/** Milliseconds left of a timed attempt (never negative); undefined when untimed. */
export function timeLeft(session: Session, now: Date): number | undefined {
  return session.endsAt === undefined ? undefined : Math.max(0, Date.parse(session.endsAt) - now.getTime());
}

/** "12:05" */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, "0")}`;
}
