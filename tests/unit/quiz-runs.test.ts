import { describe, expect, it } from "vitest";
import { emptyProgress, recordAnswer, setSession, toggleBookmark } from "@/lib/quiz/progress";
import { continueTarget, defaultExam, examFromParam, missedInSession, parseRunKey, runKey, runOrder } from "@/lib/quiz/runs";
import { newSession } from "@/lib/quiz/session";
import { fixtureQuestion } from "./quiz-fixture";
import { dueQuestionIds } from "@/lib/quiz/due";
import { peekProgress } from "@/lib/quiz/progress-peek";

const q = fixtureQuestion;

const t0 = new Date("2026-12-07T09:00:00Z");
const bank = [q("a1"), q("a2"), q("b1", "2.2"), q("b2", "2.2"), q("c1", "3.1", ["mla-c01"]), q("d1", "4.3", ["mla-c02"])];
const known = new Set(bank.map((x) => x.id));

describe("run keys", () => {
  it.each([
    ["practice", { setId: "cost" }, "practice:cost", { kind: "practice", setId: "cost" }],
    ["review", {}, "review", { kind: "review" }],
    ["bookmarks", {}, "bookmarks", { kind: "bookmarks" }],
    ["drill", { exam: "mla-c02" }, "drill:mla-c02", { kind: "drill", exam: "mla-c02" }],
  ] as const)("%s is stored under %s and read back", (kind, detail, key, parsed) => {
    expect(runKey(kind, detail)).toBe(key);
    expect(parseRunKey(key)).toEqual(parsed);
  });

  it.each(["drill:mla-c03", "practice:", "nonsense", "drill"])("%s is not a run", (key) => {
    expect(parseRunKey(key)).toBeUndefined();
  });

  it.each([
    [null, "ja", "mla-c01"],
    [null, "en", "mla-c02"],
    ["mla-c02", "ja", "mla-c02"],
    ["mla-c01", "en", "mla-c01"],
    ["MLA-C02", "en", "mla-c02"],
    ["<script>", "ja", "mla-c01"],
  ] as const)("?exam=%s in %s means %s", (value, locale, exam) => {
    expect(examFromParam(value, locale)).toBe(exam);
    expect(defaultExam(locale)).toBe(locale === "ja" ? "mla-c01" : "mla-c02");
  });
});

describe("run orders", () => {
  it("bookmarks: in the order bookmarked, questions that no longer exist left out", () => {
    let p = toggleBookmark(emptyProgress(), "b2");
    p = toggleBookmark(p, "gone");
    p = toggleBookmark(p, "a1");
    expect(runOrder("bookmarks", bank, p, t0, "s")).toEqual(["b2", "a1"]);
    expect(runOrder("bookmarks", bank, toggleBookmark(p, "b2"), t0, "s")).toEqual(["a1"]);
  });

  it("review: the questions missed and due today; practice: the set in its order", () => {
    const p = recordAnswer(recordAnswer(emptyProgress(), "b1", false, t0), "a1", true, t0);
    expect(runOrder("review", bank, p, t0, "s")).toEqual(["b1"]);
    expect(runOrder("practice", bank, p, t0, "s")).toEqual(bank.map((x) => x.id));
  });

  it("drill: only questions of the exam, weak task first", () => {
    let p = recordAnswer(emptyProgress(), "b1", false, t0);
    p = recordAnswer(p, "a1", true, t0);
    const order = runOrder("drill", bank, p, new Date("2026-12-20T09:00:00Z"), "s", "mla-c02");
    expect(order).not.toContain("c1");
    expect(order[0]).toBe("b1");
  });
});

describe("retry the ones I missed", () => {
  it("lists wrong and unanswered questions of the attempt, in its order", () => {
    let s = newSession(["a1", "b1", "a2", "b2"], "seed", t0);
    s = { ...s, answers: { a1: ["a"], b1: ["b"], b2: ["a"] }, finished: true };
    expect(missedInSession(s, bank)).toEqual(["b1", "a2"]);
  });
});

describe("continue where you left off", () => {
  it("is the unfinished run started last that has an answer", () => {
    let p = emptyProgress();
    p = setSession(p, "practice:cost", { ...newSession(["a1", "a2"], "s1", new Date("2026-12-01T09:00:00Z")), answers: { a1: ["a"] } });
    p = setSession(p, "drill:mla-c02", { ...newSession(["b1", "b2", "gone"], "s2", new Date("2026-12-05T09:00:00Z")), answers: { b1: ["a"] } });
    p = setSession(p, "review", newSession(["a2"], "s3", new Date("2026-12-06T09:00:00Z")));
    p = setSession(p, "exam", { ...newSession(["a1"], "s4", new Date("2026-12-07T08:00:00Z")), answers: { a1: ["a"] }, finished: true });
    const target = continueTarget(p, "en", known, new Set(["cost"]));
    expect(target).toMatchObject({ key: { kind: "drill", exam: "mla-c02" }, href: "/en/quiz/drill?exam=mla-c02", answered: 1, total: 2 });
  });

  it("skips a set that no longer exists, and is empty for a new learner", () => {
    const p = setSession(emptyProgress(), "practice:old-set", { ...newSession(["a1"], "s1", t0), answers: { a1: ["a"] } });
    expect(continueTarget(p, "ja", known, new Set(["cost"]))).toBeUndefined();
    expect(continueTarget(p, "ja", known, new Set(["old-set"]))?.href).toBe("/ja/quiz/old-set");
    expect(continueTarget(emptyProgress(), "ja", known, new Set())).toBeUndefined();
  });
});

describe("the home page's light read of saved progress", () => {
  const saved = JSON.stringify(setSession({ ...recordAnswer(emptyProgress(), "b1", false, t0) }, "practice:cost", { ...newSession(["a1", "a2"], "s1", t0), answers: { a1: ["a"] } }));

  it("finds what is due and the run to continue, as the full reader does", () => {
    const peek = peekProgress(saved);
    expect(peek && dueQuestionIds(peek, new Date("2026-12-20T09:00:00Z"), known)).toEqual(["b1"]);
    expect(peek && continueTarget(peek, "ja", known, new Set(["cost"]))?.href).toBe("/ja/quiz/cost");
  });

  it.each([
    ["nothing saved", null],
    ["not JSON", "{oops"],
    ["an array", "[]"],
    ["an older format", JSON.stringify({ ...JSON.parse(saved), version: 2 })],
    ["cards that are not objects", JSON.stringify({ ...JSON.parse(saved), cards: "x" })],
  ])("gives nothing for %s, without throwing", (_name, text) => {
    expect(peekProgress(text)).toBeUndefined();
  });

  it("drops entries that do not look right and keeps the rest", () => {
    const data = JSON.parse(saved);
    data.cards.bad = { due: "not a date" };
    data.sessions.broken = { order: "a1" };
    const peek = peekProgress(JSON.stringify(data));
    expect(Object.keys(peek?.cards ?? {})).toEqual(["b1"]);
    expect(Object.keys(peek?.sessions ?? {})).toEqual(["practice:cost"]);
  });
});
