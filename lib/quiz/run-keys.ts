/**
 * The names of the runs a learner can start (a set's practice, the review queue, a drill for one exam, the
 * bookmarks, the exam) as stored session keys, and "continue where you left off". No schema library or scheduler:
 * the home page uses this.
 */
import { examIds, type ExamId } from "@/lib/content/exam-blueprint";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import type { PeekSession } from "./progress-peek";

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
export function continueTarget(progress: { sessions: Readonly<Record<string, PeekSession>> }, locale: Locale, known: ReadonlySet<string>, sets: ReadonlySet<string>): ContinueTarget | undefined {
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
