import { readStored } from "@/lib/browser-storage";
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/dictionary-en";
import { customLensSchema } from "@/lib/review/custom-lens";
import { buildCustomLens, buildMarkdownReport, compareRisks } from "@/lib/review/export";
import { emptyAnswer, improvementPlan, questionRisk, summarizeByPillar, type ReviewAnswer } from "@/lib/review/risk";
import { addMilestone, emptyReview, exportReviewJson, importReviewJson, parseReview, REVIEW_APP, setAnswer } from "@/lib/review/store";
import type { ReviewQuestionView } from "@/lib/review/view";

function q(id: string, pillar: ReviewQuestionView["pillar"], risks: ("high" | "medium")[]): ReviewQuestionView {
  return {
    id,
    code: id.toUpperCase().replace("-", " "),
    pillar,
    pillarName: pillar,
    title: `Question ${id}`,
    description: "What this is about.",
    choices: risks.map((risk, i) => ({ id: `practice-${i + 1}`, title: `Practice ${i + 1}`, description: `Do practice ${i + 1}.`, risk, links: i === 0 ? [{ href: "/en/lessons/mlops#pipelines", label: "MLOps: Pipelines" }] : [] })),
    current: [{ id: "MLOE-01", title: "Develop the right skills" }],
  };
}

const ops = q("mlops-01", "operational-excellence", ["high", "medium", "medium"]);
const sec = q("mlsec-01", "security", ["high", "high"]);
const cost = q("mlcost-01", "cost-optimization", ["medium", "medium"]);
const answer = (selected: string[], extra: Partial<ReviewAnswer> = {}): ReviewAnswer => ({ ...emptyAnswer(), selected, ...extra });

describe("risk rules", () => {
  it.each([
    ["no answer", undefined, "unanswered"],
    ["nothing ticked", answer([]), "unanswered"],
    ["does not apply", answer(["practice-1"], { notApplicable: true }), "not-applicable"],
    ["none of these", answer([], { none: true }), "high"],
    ["the high-risk practice missing", answer(["practice-2", "practice-3"]), "high"],
    ["only medium ones missing", answer(["practice-1"]), "medium"],
    ["every practice", answer(["practice-1", "practice-2", "practice-3"]), "none"],
    ["an unknown choice only", answer(["gone"]), "unanswered"],
  ] as const)("%s → %s", (_, given, expected) => {
    expect(questionRisk(ops, given)).toBe(expected);
  });

  it("a question with only medium practices is at most medium risk", () => {
    expect(questionRisk(cost, answer([], { none: true }))).toBe("medium");
  });

  it("summarises per pillar and plans the missing practices, high risk first", () => {
    const answers = { "mlops-01": answer(["practice-1"]), "mlsec-01": answer(["practice-2"]) };
    expect(summarizeByPillar([ops, sec, cost], answers).map((s) => [s.pillar, s.counts])).toEqual([
      ["operational-excellence", { high: 0, medium: 1, none: 0, "not-applicable": 0, unanswered: 0 }],
      ["security", { high: 1, medium: 0, none: 0, "not-applicable": 0, unanswered: 0 }],
      ["cost-optimization", { high: 0, medium: 0, none: 0, "not-applicable": 0, unanswered: 1 }],
    ]);
    expect(improvementPlan([ops, sec, cost], answers).map((p) => `${p.questionId}/${p.choice.id}`)).toEqual([
      "mlsec-01/practice-1",
      "mlops-01/practice-2",
      "mlops-01/practice-3",
    ]);
  });

  it("lists the questions whose risk changed since a milestone", () => {
    expect(compareRisks([ops, sec], { "mlops-01": answer([], { none: true }) }, { "mlops-01": answer(["practice-1", "practice-2", "practice-3"]) })).toEqual([
      { id: "mlops-01", code: "MLOPS 01", title: "Question mlops-01", then: "high", now: "none" },
    ]);
  });
});

describe("custom lens export", () => {
  const lens = buildCustomLens([ops, sec, cost], en.review, "https://learn.example.com");
  it("validates against the Well-Architected Tool format", () => {
    expect(customLensSchema.safeParse(lens).success).toBe(true);
    expect(lens.schemaVersion).toBe("2021-11-01");
    expect(lens.pillars.map((p) => p.id)).toEqual(["operational_excellence", "security", "cost_optimization"]);
  });
  it("writes risk rules that give the same risk as the site", () => {
    const rules = lens.pillars[0]?.questions[0]?.riskRules;
    expect(rules).toEqual([
      { condition: "practice_1 && practice_2 && practice_3", risk: "NO_RISK" },
      { condition: "practice_1", risk: "MEDIUM_RISK" },
      { condition: "default", risk: "HIGH_RISK" },
    ]);
    expect(lens.pillars[2]?.questions[0]?.riskRules.at(-1)).toEqual({ condition: "default", risk: "MEDIUM_RISK" });
  });
  it("makes link URLs absolute", () => {
    expect(lens.pillars[0]?.questions[0]?.choices[0]?.helpfulResource?.url).toBe("https://learn.example.com/en/lessons/mlops#pipelines");
  });
  it.each([
    ["a condition naming another question's choice", (l: typeof lens) => (l.pillars[0]!.questions[0]!.riskRules[0]!.condition = "nope && practice_1")],
    ["a broken condition", (l: typeof lens) => (l.pillars[0]!.questions[0]!.riskRules[0]!.condition = "practice_1 &&")],
    ["no default rule", (l: typeof lens) => l.pillars[0]!.questions[0]!.riskRules.pop()],
    ["an id with a hyphen", (l: typeof lens) => (l.pillars[0]!.id = "operational-excellence")],
    ["a title over 256 characters", (l: typeof lens) => (l.pillars[0]!.questions[0]!.choices[0]!.title = "x".repeat(257))],
    ["a choice without an improvement plan", (l: typeof lens) => delete (l.pillars[0]!.questions[0]!.choices[0] as { improvementPlan?: unknown }).improvementPlan],
  ])("the schema rejects %s", (_, spoil) => {
    const copy = structuredClone(lens);
    spoil(copy);
    expect(customLensSchema.safeParse(copy).success).toBe(false);
  });
});

describe("reports and storage", () => {
  let state = setAnswer(emptyReview(), "mlops-01", answer(["practice-2"], { notes: "Runbook in the wiki" }));
  state = { ...state, workload: { name: "Churn model", description: "" } };
  it("writes a Markdown report with the summary, plan, answers and notes", () => {
    const md = buildMarkdownReport([ops, sec], state, en.review, new Date("2026-11-23T00:00:00Z"), "https://x.test");
    expect(md).toContain("# Well-Architected ML Lens self-review: Churn model");
    expect(md).toContain("| operational-excellence | 1 | 0 | 0 | 0 | 0 |");
    expect(md).toContain("- [x] Practice 2");
    expect(md).toContain("- [ ] Practice 1");
    expect(md).toContain("Notes: Runbook in the wiki");
    expect(md).toContain("[MLOps: Pipelines](https://x.test/en/lessons/mlops#pipelines)");
  });
  it("round-trips the JSON export, milestones included", () => {
    const withMilestone = addMilestone(state, "before launch", new Date("2026-11-01T00:00:00Z"));
    expect(importReviewJson(exportReviewJson(withMilestone, new Date()))).toEqual({ ok: true, state: withMilestone });
  });
  it.each([
    ["not JSON", "{", /not valid JSON/],
    ["another file", JSON.stringify({ app: "x" }), /not exported/],
    ["a bad answer", JSON.stringify({ app: REVIEW_APP, ...emptyReview(), answers: { "mlops-01": { selected: "all" } } }), /answers\.mlops-01/],
    ["practices and none together", JSON.stringify({ app: REVIEW_APP, ...emptyReview(), answers: { "mlops-01": { ...answer(["a"]), none: true } } }), /none of these/],
  ])("refuses %s", (_, text, reason) => {
    const result = importReviewJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
  it("resets unreadable stored data instead of crashing", () => {
    expect(parseReview("{]").status).toBe("reset");
    expect(parseReview(JSON.stringify({ version: 0 })).status).toBe("reset");
    expect(parseReview(JSON.stringify(state))).toEqual({ value: state, status: "ok" });
  });

  it("keeps a review saved by a newer version of the site untouched, and never overwrites an earlier backup", () => {
    const newer = JSON.stringify({ version: 7, answers: { x: 1 } });
    expect(parseReview(newer)).toMatchObject({ status: "newer", version: 7 });
    const store = new Map<string, string>([["k", newer]]);
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readStored(storage, "k", (t) => parseReview(t)).status).toBe("newer");
    expect(store.get("k")).toBe(newer);
    store.set("k", "{broken");
    readStored(storage, "k", (t) => parseReview(t));
    store.set("k", "{broken again");
    readStored(storage, "k", (t) => parseReview(t));
    expect(store.get("k:unreadable")).toBe("{broken");
    expect(store.get("k:unreadable:2")).toBe("{broken again");
  });

  it("refuses to import a review of the other lens edition, or one from a newer version, with the reason", () => {
    const current = exportReviewJson(state, new Date("2026-12-04T00:00:00Z"), "current");
    expect(importReviewJson(current, "2020")).toEqual({ ok: false, error: "this file is a review of another lens edition" });
    const newer = JSON.stringify({ ...JSON.parse(exportReviewJson(state, new Date(), "2020")), version: 9 });
    expect(importReviewJson(newer, "2020")).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
  });
});
