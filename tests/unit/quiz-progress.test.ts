import { describe, expect, it } from "vitest";
import {
  dueQuestionIds,
  emptyProgress,
  exportProgress,
  importProgress,
  parseProgress,
  PROGRESS_APP,
  recordAnswer,
  recordBest,
  MAX_ATTEMPTS,
  recordAttempt,
  setSession,
  toggleBookmark,
} from "@/lib/quiz/progress";
import { newSession } from "@/lib/quiz/session";
import { backupKey } from "@/lib/browser-storage";
import { PROGRESS_KEY, readProgress, writeProgress } from "@/lib/quiz/storage";

const day = (iso: string) => new Date(iso);
const t0 = day("2026-11-23T09:00:00");

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe("spaced review (FSRS)", () => {
  it("schedules a missed question for today and leaves a right one alone", () => {
    let p = recordAnswer(emptyProgress(), "missed", false, t0);
    p = recordAnswer(p, "known", true, t0);
    expect(dueQuestionIds(p, t0)).toEqual(["missed"]);
    expect(p.answers.known).toMatchObject({ seen: 1, correct: 1, lastCorrect: true });
  });
  it("moves a reviewed question out of today once it is answered right, further each time", () => {
    let p = recordAnswer(emptyProgress(), "q", false, t0);
    const later = day("2026-11-23T09:30:00");
    p = recordAnswer(p, "q", true, later);
    p = recordAnswer(p, "q", true, day("2026-11-24T09:30:00"));
    const firstGap = Date.parse(p.cards.q?.due ?? "");
    expect(dueQuestionIds(p, day("2026-11-24T10:00:00"))).toEqual([]);
    p = recordAnswer(p, "q", true, new Date(firstGap));
    expect(Date.parse(p.cards.q?.due ?? "") - firstGap).toBeGreaterThan(firstGap - Date.parse("2026-11-24T09:30:00"));
  });
  it("brings a question back sooner after it is missed again", () => {
    let p = recordAnswer(emptyProgress(), "q", false, t0);
    p = recordAnswer(p, "q", true, t0);
    p = recordAnswer(p, "q", true, day("2026-11-26T09:00:00"));
    const dueAfterRight = Date.parse(p.cards.q?.due ?? "");
    const missed = recordAnswer(p, "q", false, day("2026-11-26T09:00:00"));
    expect(Date.parse(missed.cards.q?.due ?? "")).toBeLessThan(dueAfterRight);
    expect(missed.cards.q?.lapses).toBeGreaterThan(0);
  });
  it("lists due questions most overdue first, and only known ones", () => {
    let p = recordAnswer(emptyProgress(), "old", false, day("2026-11-20T09:00:00"));
    p = recordAnswer(p, "new", false, t0);
    p = recordAnswer(p, "removed", false, t0);
    expect(dueQuestionIds(p, t0, new Set(["old", "new"]))).toEqual(["old", "new"]);
  });
  it("keeps the best score", () => {
    let p = recordBest(emptyProgress(), "s", 6, 10, t0);
    p = recordBest(p, "s", 4, 10, t0);
    expect(p.best.s).toMatchObject({ correct: 6, total: 10 });
    p = recordBest(p, "s", 9, 10, t0);
    expect(p.best.s).toMatchObject({ correct: 9, total: 10 });
  });
});

describe("stored progress", () => {
  const good = setSession(recordAnswer(emptyProgress(), "q", false, t0), "practice:s", newSession(["q"], "abc", t0));
  it.each([
    ["nothing stored", null, "empty"],
    ["empty text", "  ", "empty"],
    ["the current format", JSON.stringify(good), "ok"],
    ["broken JSON", "{\"version\":2,", "reset"],
    ["a number", "42", "reset"],
    ["a version from a newer site, kept as it is", JSON.stringify({ version: 99 }), "newer"],
    ["an unknown old version", JSON.stringify({ version: 0 }), "reset"],
    [
      "an attempt holding a seven-pair matching answer",
      JSON.stringify(setSession(emptyProgress(), "practice:s", { ...newSession(["m"], "abc", t0), answers: { m: ["a=a", "b=b", "c=c", "d=d", "e=e", "f=f", "g=g"] } })),
      "ok",
    ],
    ["a current version with a bad field", JSON.stringify({ ...good, best: { s: { correct: 5, total: 0, at: "x" } } }), "reset"],
    ["the old v1 format", JSON.stringify({ version: 1, scores: { s: { correct: 3, total: 5 } }, missed: ["q1"], updatedAt: "2026-01-01T00:00:00Z" }), "migrated"],
    ["a broken v1 file", JSON.stringify({ version: 1, scores: "x" }), "reset"],
    ["the v2 format (before bookmarks and simulation history)", JSON.stringify({ version: 2, answers: {}, best: {}, cards: {}, sessions: {} }), "migrated"],
    ["a broken v2 file", JSON.stringify({ version: 2, answers: "oops" }), "reset"],
    ["a simulation history entry with more right than answered", JSON.stringify({ ...good, attempts: [{ exam: "mla-c01", at: "2026-12-01T00:00:00Z", correct: 9, answered: 5, total: 65, minutes: 10, byDomain: {} }] }), "reset"],
  ])("%s → %s, never throwing", (_, text, status) => {
    expect(parseProgress(text).status).toBe(status);
  });

  it("migrates v2: everything kept, with no bookmarks and no simulation history yet", () => {
    const v2 = { version: 2, answers: good.answers, best: {}, cards: good.cards, sessions: good.sessions };
    const result = parseProgress(JSON.stringify(v2));
    expect(result.status).toBe("migrated");
    expect(result.value).toEqual({ ...good, bookmarks: [], attempts: [] });
  });

  it("bookmarks toggle, and the simulation history keeps the newest MAX_ATTEMPTS", () => {
    let p = toggleBookmark(toggleBookmark(emptyProgress(), "q1"), "q2");
    expect(p.bookmarks).toEqual(["q1", "q2"]);
    p = toggleBookmark(p, "q1");
    expect(p.bookmarks).toEqual(["q2"]);
    for (let i = 0; i < MAX_ATTEMPTS + 3; i++) {
      p = recordAttempt(p, { exam: "mla-c02", at: t0.toISOString(), correct: i % 60, answered: 60, total: 65, minutes: 130, byDomain: {} });
    }
    expect(p.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(p.attempts[0]?.correct).toBe(3);
    expect(parseProgress(JSON.stringify(p)).status).toBe("ok");
  });

  it("migrates v1: best scores kept, missed questions due for review", () => {
    const result = parseProgress(JSON.stringify({ version: 1, scores: { s: { correct: 3, total: 5 } }, missed: ["q1"], updatedAt: "2026-01-01T00:00:00Z" }));
    expect(result.value.best.s).toMatchObject({ correct: 3, total: 5 });
    expect(dueQuestionIds(result.value, t0)).toEqual(["q1"]);
  });

  it("survives a round trip through storage", () => {
    const storage = new MemoryStorage();
    expect(writeProgress(storage, good)).toBe(true);
    expect(readProgress(storage)).toEqual({ value: good, status: "ok" });
  });

  it("keeps unreadable data under a backup key and starts afresh", () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, "not json at all");
    const result = readProgress(storage);
    expect(result.status).toBe("reset");
    expect(storage.getItem(backupKey(PROGRESS_KEY))).toBe("not json at all");
    expect(parseProgress(storage.getItem(PROGRESS_KEY)).status).toBe("ok");
  });

  it("does not crash when storage itself throws", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(readProgress(broken).status).toBe("empty");
    expect(writeProgress(broken, good)).toBe(false);
  });
});

describe("import and export", () => {
  const progress = recordBest(recordAnswer(emptyProgress(), "q", false, t0), "s", 7, 10, t0);
  it("imports what it exported", () => {
    const result = importProgress(exportProgress(progress, t0));
    expect(result).toEqual({ ok: true, progress });
  });
  it.each([
    ["not JSON", "hello", /not valid JSON/],
    ["an array", "[]", /progress object/],
    ["another app's file", JSON.stringify({ app: "other", ...progress }), /not exported by this site/],
    ["no app marker", JSON.stringify(progress), /not exported by this site/],
    ["a bad best score", JSON.stringify({ app: PROGRESS_APP, ...progress, best: { s: { correct: 11, total: 10, at: t0.toISOString() } } }), /best\.s/],
    ["a bad card date", JSON.stringify({ app: PROGRESS_APP, ...progress, cards: { q: { ...progress.cards.q, due: "tomorrow" } } }), /cards\.q\.due/],
    ["a future version", JSON.stringify({ app: PROGRESS_APP, version: 4 }), /unknown version/],
    ["a huge file", "x".repeat(5_000_001), /too large/],
  ])("refuses %s with a clear reason", (_, text, reason) => {
    const result = importProgress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
  it("imports a v1 export, converting it", () => {
    const result = importProgress(JSON.stringify({ app: PROGRESS_APP, version: 1, scores: {}, missed: ["a"], updatedAt: t0.toISOString() }));
    expect(result.ok && result.migratedFrom).toBe(1);
  });
});
