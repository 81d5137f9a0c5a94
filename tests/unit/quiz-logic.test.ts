import { describe, expect, it } from "vitest";
import { canSubmit, drawQuestions, isAnswerCorrect, matchAnswer, orderOptions, scoreAttempt, type PlayQuestion } from "@/lib/quiz/attempt";
import { isValidSeed, newSeed, seededShuffle } from "@/lib/quiz/random";
import { canResume, choose, formatClock, markChecked, newSession, timeLeft } from "@/lib/quiz/session";

const base: Pick<PlayQuestion, "setId" | "difficulty" | "domain" | "domainId" | "tasks" | "exams" | "scenario" | "question" | "links"> = {
  setId: "s",
  difficulty: "easy",
  domain: "d",
  domainId: "data-preparation",
  tasks: ["1.1"],
  exams: ["mla-c01"],
  scenario: "",
  question: "",
  links: [],
};

function question(id: string, correct: string[], topic = "T"): PlayQuestion {
  return {
    ...base,
    id,
    kind: "choice",
    topic,
    multi: correct.length > 1,
    options: ["a", "b", "c", "d"].map((o) => ({ id: o, text: o, explanation: "", correct: correct.includes(o) })),
    steps: [],
    responses: [],
  };
}

function ordering(id: string, steps: string[]): PlayQuestion {
  return { ...base, id, kind: "ordering", topic: "T", multi: false, options: [], steps: steps.map((s) => ({ id: s, text: s })), responses: [] };
}

function matching(id: string, pairs: string[]): PlayQuestion {
  const items = pairs.map((p) => ({ id: p, text: p }));
  return { ...base, id, kind: "matching", topic: "T", multi: false, options: [], steps: items, responses: items };
}

describe("scoring", () => {
  const single = question("q1", ["b"]);
  const two = question("q2", ["a", "c"]);
  it.each([
    [single, ["b"], true],
    [single, ["a"], false],
    [single, [], false],
    [single, ["b", "a"], false],
    [two, ["a", "c"], true],
    [two, ["c", "a"], true],
    [two, ["a"], false],
    [two, ["a", "b"], false],
    [two, ["a", "c", "d"], false],
    [two, ["a", "a"], false],
  ] as const)("%# question %s answered %j → %s", (q, chosen, expected) => {
    expect(isAnswerCorrect(q, chosen)).toBe(expected);
  });

  it.each([
    [single, [], false],
    [single, ["a"], true],
    [two, ["a"], false],
    [two, ["a", "b"], true],
  ] as const)("%# can submit %j → %s", (q, chosen, expected) => {
    expect(canSubmit(q, chosen)).toBe(expected);
  });

  const order = ordering("o1", ["a", "b", "c", "d"]);
  const match = matching("m1", ["a", "b", "c"]);
  it.each([
    ["every step in place", order, ["a", "b", "c", "d"], true],
    ["two steps swapped", order, ["a", "c", "b", "d"], false],
    ["a step missing", order, ["a", "b", "c"], false],
    ["a step repeated", order, ["a", "b", "c", "c"], false],
    ["every prompt matched to its response", match, [matchAnswer("a", "a"), matchAnswer("b", "b"), matchAnswer("c", "c")], true],
    ["two responses swapped", match, [matchAnswer("a", "b"), matchAnswer("b", "a"), matchAnswer("c", "c")], false],
    ["one prompt unmatched", match, [matchAnswer("a", "a"), matchAnswer("b", "b")], false],
  ] as const)("%s → %s (no partial credit)", (_, q, chosen, expected) => {
    expect(isAnswerCorrect(q, chosen)).toBe(expected);
  });

  it.each([
    [order, [], false],
    [order, ["a", "b", "c", "d"], true],
    [match, [matchAnswer("a", "b")], false],
    [match, [matchAnswer("a", "b"), matchAnswer("b", "a"), matchAnswer("c", "c")], true],
  ] as const)("%# can submit an ordering/matching answer %j → %s", (q, chosen, expected) => {
    expect(canSubmit(q, chosen)).toBe(expected);
  });

  it("scores per topic, counting unanswered questions as wrong", () => {
    const qs = [question("1", ["a"], "Data"), question("2", ["b"], "Data"), question("3", ["c"], "Cost")];
    const score = scoreAttempt(qs, { "1": ["a"], "3": ["d"] });
    expect(score).toEqual({
      correct: 1,
      total: 3,
      byTopic: [
        { topic: "Data", correct: 1, total: 2 },
        { topic: "Cost", correct: 0, total: 1 },
      ],
    });
  });
});

describe("seeded shuffling", () => {
  const options = ["a", "b", "c", "d"].map((id) => ({ id }));
  it("gives the same order for the same seed and question", () => {
    expect(orderOptions("q1", options, "abc123")).toEqual(orderOptions("q1", options, "abc123"));
  });
  it("keeps every option exactly once", () => {
    for (const seed of ["a", "b", "zz9", "seed"]) {
      expect(orderOptions("q", options, seed).map((o) => o.id).sort()).toEqual(["a", "b", "c", "d"]);
    }
  });
  it("varies with the seed: over 200 seeds every option comes first at least once", () => {
    const firsts = new Set(Array.from({ length: 200 }, (_, i) => orderOptions("q", options, `s${i}`)[0]?.id));
    expect([...firsts].sort()).toEqual(["a", "b", "c", "d"]);
  });
  it("is roughly uniform (each of 4 positions 15–35% over 2,000 seeds)", () => {
    const counts = { a: 0, b: 0, c: 0, d: 0 };
    for (let i = 0; i < 2000; i++) counts[(seededShuffle(["a", "b", "c", "d"], `x${i}`)[0] ?? "a") as keyof typeof counts]++;
    for (const n of Object.values(counts)) {
      expect(n / 2000).toBeGreaterThan(0.15);
      expect(n / 2000).toBeLessThan(0.35);
    }
  });
  it("draws the requested number of distinct questions, reproducibly, capped by the pool", () => {
    const pool = Array.from({ length: 30 }, (_, i) => i);
    const drawn = drawQuestions(pool, 10, "exam1");
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn).size).toBe(10);
    expect(drawQuestions(pool, 10, "exam1")).toEqual(drawn);
    expect(drawQuestions(pool, 99, "exam1")).toHaveLength(30);
    expect(drawQuestions(pool, 0, "exam1")).toHaveLength(1);
  });
  it("makes URL-safe seeds and rejects unsafe ones", () => {
    expect(isValidSeed(newSeed())).toBe(true);
    for (const bad of ["", "A B", "<script>", "x".repeat(33), null, undefined]) expect(isValidSeed(bad)).toBe(false);
  });
});

describe("attempt sessions", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const known = new Set(["q1", "q2"]);
  it.each([
    ["no session", undefined, undefined, false],
    ["same seed", newSession(["q1", "q2"], "abc", now), "abc", true],
    ["no seed in the URL", newSession(["q1", "q2"], "abc", now), undefined, true],
    ["another seed in the URL", newSession(["q1", "q2"], "abc", now), "xyz", false],
    ["a question that no longer exists", newSession(["q1", "gone"], "abc", now), undefined, false],
    ["an empty attempt", newSession([], "abc", now), undefined, false],
  ])("resumes with %s → %s", (_, session, urlSeed, expected) => {
    expect(canResume(session, known, urlSeed)).toBe(expected);
  });
  it("freezes a choice once it has been checked", () => {
    let s = choose(newSession(["q1"], "abc", now), "q1", ["a"]);
    s = markChecked(s, "q1");
    expect(choose(s, "q1", ["b"]).answers.q1).toEqual(["a"]);
  });
  it("counts the time left of a timed attempt down to zero", () => {
    const s = newSession(["q1"], "abc", now, new Date(now.getTime() + 90_000));
    expect(timeLeft(s, now)).toBe(90_000);
    expect(timeLeft(s, new Date(now.getTime() + 200_000))).toBe(0);
    expect(timeLeft(newSession(["q1"], "abc", now), now)).toBeUndefined();
    expect(formatClock(90_000)).toBe("1:30");
    expect(formatClock(59_001)).toBe("1:00");
  });
});
