import { describe, expect, it } from "vitest";
import { domainWeights, examDomains, examForm, type ExamDomain, type ExamId, type TaskId } from "@/lib/content/exam-blueprint";
import { emptyProgress, recordAnswer } from "@/lib/quiz/progress";
import { drillOrder, readiness, weakestTasks } from "@/lib/quiz/readiness";
import { fixtureQuestion, type FixtureQuestion } from "./quiz-fixture";
import { domainQuotas, drawSimulation, scoreSimulation } from "@/lib/quiz/simulation";

const firstTask: Record<ExamDomain, TaskId> = {
  "data-preparation": "1.1",
  "model-development": "2.1",
  "deployment-orchestration": "3.1",
  "monitoring-security": "4.1",
};

type Q = FixtureQuestion;

function q(id: string, domainId: ExamDomain, exams: ExamId[] = ["mla-c01", "mla-c02"], extra: Partial<Q> = {}): Q {
  return fixtureQuestion(id, firstTask[domainId], exams, extra);
}

/** 40 questions per domain for both exams, plus 10 that fit only one exam. */
const bank: Q[] = [
  ...examDomains.flatMap((d) => Array.from({ length: 40 }, (_, i) => q(`${d}-${i}`, d))),
  ...Array.from({ length: 5 }, (_, i) => q(`c01-only-${i}`, "deployment-orchestration", ["mla-c01"])),
  ...Array.from({ length: 5 }, (_, i) => q(`c02-only-${i}`, "model-development", ["mla-c02"])),
];

describe("exam simulation", () => {
  it.each([
    ["mla-c01", { "data-preparation": 18, "model-development": 17, "deployment-orchestration": 14, "monitoring-security": 16 }],
    ["mla-c02", { "data-preparation": 18, "model-development": 16, "deployment-orchestration": 16, "monitoring-security": 15 }],
  ] as const)("%s: 65 questions split to the domain weights", (exam, expected) => {
    const quotas = domainQuotas(exam);
    expect(quotas).toEqual(expected);
    expect(Object.values(quotas).reduce((a, b) => a + b, 0)).toBe(examForm.questions);
    for (const d of examDomains) expect(Math.abs((quotas[d] / 65) * 100 - domainWeights[exam][d])).toBeLessThan(1.6);
  });

  it("draws the quotas, only questions of that exam, no repeats, the same for the same seed", () => {
    const drawn = drawSimulation(bank, "mla-c02", "seed1", new Set());
    expect(drawn).toHaveLength(65);
    expect(new Set(drawn.map((x) => x.id)).size).toBe(65);
    expect(drawn.some((x) => x.id.startsWith("c01-only"))).toBe(false);
    const perDomain = Object.fromEntries(examDomains.map((d) => [d, drawn.filter((x) => x.domainId === d).length]));
    expect(perDomain).toEqual(domainQuotas("mla-c02"));
    expect(drawSimulation(bank, "mla-c02", "seed1", new Set()).map((x) => x.id)).toEqual(drawn.map((x) => x.id));
    expect(drawSimulation(bank, "mla-c02", "seed2", new Set()).map((x) => x.id)).not.toEqual(drawn.map((x) => x.id));
  });

  it("shows unseen questions before seen ones", () => {
    // 30 of the 40 data questions are seen: the 18 drawn must come from the 10 unseen first, then 8 seen.
    const seen = new Set(Array.from({ length: 30 }, (_, i) => `data-preparation-${i}`));
    const data = drawSimulation(bank, "mla-c01", "s", seen).filter((x) => x.domainId === "data-preparation");
    expect(data.filter((x) => !seen.has(x.id))).toHaveLength(10);
    expect(data).toHaveLength(18);
  });

  it("tops a short domain up from the others and keeps a case study's questions together", () => {
    const small = [
      ...Array.from({ length: 3 }, (_, i) => q(`d${i}`, "data-preparation")),
      ...Array.from({ length: 70 }, (_, i) => q(`m${i}`, "monitoring-security", ["mla-c01", "mla-c02"], i < 3 ? { case: { id: "case", title: "", scenario: "" } } : {})),
    ];
    const drawn = drawSimulation(small, "mla-c01", "x", new Set(), 65);
    expect(drawn).toHaveLength(65);
    const caseAt = drawn.map((x, i) => (x.case ? i : -1)).filter((i) => i >= 0);
    expect(caseAt.length).toBeGreaterThan(1);
    expect((caseAt.at(-1) ?? 0) - (caseAt[0] ?? 0)).toBe(caseAt.length - 1);
  });

  it("scores unanswered questions as unanswered, not wrong, per domain and per task", () => {
    const qs = [q("a", "data-preparation"), q("b", "data-preparation"), q("c", "monitoring-security", undefined, { tasks: ["4.1", "4.3"] })];
    const result = scoreSimulation(qs, { a: ["a"], c: ["b"] });
    expect(result).toMatchObject({ correct: 1, answered: 2, total: 3 });
    expect(result.byDomain["data-preparation"]).toEqual({ correct: 1, answered: 1, total: 2 });
    expect(result.byTask["4.3"]).toEqual({ correct: 0, answered: 1, total: 1 });
    expect(result.missed.map((m) => [m.id, m.reason])).toEqual([
      ["b", "unanswered"],
      ["c", "wrong"],
    ]);
  });
});

describe("readiness", () => {
  const now = new Date("2026-12-04T10:00:00Z");
  it("counts seen, last right, cards and what is due per domain and task; answers change the figures", () => {
    const before = readiness(bank, emptyProgress(), "mla-c01", now);
    expect(before.overall).toMatchObject({ total: 165, seen: 0, accuracy: undefined, due: 0, retention: undefined });
    let p = recordAnswer(emptyProgress(), "data-preparation-0", true, now);
    p = recordAnswer(p, "data-preparation-1", false, now);
    const after = readiness(bank, p, "mla-c01", now);
    expect(after.byDomain["data-preparation"]).toMatchObject({ total: 40, seen: 2, lastRight: 1, accuracy: 50, cards: 1, due: 1 });
    expect(after.byTask["1.1"].seen).toBe(2);
    expect(after.byDomain["data-preparation"].retention).toBeGreaterThan(0);
    expect(readiness(bank, p, "mla-c02", now).overall.total).toBe(165);
  });

  it("drills the weakest tasks and what is due, missed first", () => {
    let p = emptyProgress();
    for (let i = 0; i < 6; i++) p = recordAnswer(p, `monitoring-security-${i}`, false, now);
    for (let i = 0; i < 6; i++) p = recordAnswer(p, `data-preparation-${i}`, true, now);
    const r = readiness(bank, p, "mla-c01", now);
    expect(weakestTasks(r, 1)).toEqual(["4.1"]);
    const order = drillOrder(bank, p, "mla-c01", now, "s", 20);
    expect(order).toHaveLength(20);
    expect(order.slice(0, 6).every((id) => id.startsWith("monitoring-security-"))).toBe(true);
    expect(order.some((id) => id.startsWith("data-preparation-") && Number(id.split("-").at(-1)) < 6)).toBe(false);
  });
});
