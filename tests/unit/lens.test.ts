import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadLens, practiceWeight } from "@/lib/content/lens";
import { buildCliScript } from "@/lib/review/cli-export";
import { customLensSchema } from "@/lib/review/custom-lens";
import { buildLocalizedLens } from "@/lib/review/lens-export";
import { migrate2020 } from "@/lib/review/migrate";
import { questionRisk, type ReviewAnswer } from "@/lib/review/risk";
import { conditionHolds, evaluateRiskRules, parseCondition } from "@/lib/review/risk-rules";

/** AWS's file, kept in the repo: the fixture every comparison is made against. */
const aws = customLensSchema.parse(JSON.parse(fs.readFileSync(path.join(process.cwd(), "content/lens/aws-machine-learning-lens.json"), "utf8")));
const awsQuestions = aws.pillars.flatMap((p) => p.questions);

/** An independent reading of a condition: the rule's text turned into a JavaScript expression. */
function oracle(condition: string, chosen: ReadonlySet<string>): boolean {
  if (condition === "default") return true;
  const js = condition.replace(/[A-Za-z0-9_]+/g, (id) => JSON.stringify(chosen.has(id)));
  return Function(`"use strict"; return (${js});`)() as boolean;
}

function* subsets<T>(items: readonly T[]): Generator<T[]> {
  for (let mask = 0; mask < 1 << items.length; mask++) yield items.filter((_, i) => mask & (1 << i));
}

describe("risk rules, as the Well-Architected Tool evaluates them", () => {
  it(`agrees with an independent reading of every rule of all ${awsQuestions.length} questions, for every combination of chosen practices`, () => {
    let checked = 0;
    for (const q of awsQuestions) {
      const ids = q.choices.map((c) => c.id).filter((id) => !id.endsWith("_no"));
      for (const chosen of subsets(ids)) {
        const set = new Set(chosen);
        for (const rule of q.riskRules) expect(conditionHolds(rule.condition, set), `${q.id}: ${rule.condition} with ${chosen.join(",")}`).toBe(oracle(rule.condition, set));
        const expected = q.riskRules.find((r) => oracle(r.condition, set))?.risk;
        expect(evaluateRiskRules(q.riskRules, chosen)).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(awsQuestions.length);
  });

  it.each([
    ["a && b", ["a", "b"], true],
    ["a && b", ["a"], false],
    ["a || b && c", ["a"], true],
    ["(a || b) && c", ["a"], false],
    ["!a || !b", ["a", "b"], false],
    ["!(a && b)", ["a"], true],
    ["!!a", ["a"], true],
  ] as const)("%s with %j → %s (! before && before ||)", (condition, chosen, expected) => {
    expect(conditionHolds(condition, new Set(chosen))).toBe(expected);
  });

  it.each(["a &&", "(a || b", "a b", "&& a", "a ) b", "a | b"])("refuses the malformed condition %j", (condition) => {
    expect(() => parseCondition(condition)).toThrow(/risk rule/);
  });

  it("takes the first rule that holds, in the file's order", () => {
    const rules = [
      { condition: "a || b", risk: "NO_RISK" },
      { condition: "!a || !b", risk: "MEDIUM_RISK" },
      { condition: "default", risk: "HIGH_RISK" },
    ] as const;
    expect(evaluateRiskRules(rules, ["a"])).toBe("NO_RISK");
    expect(evaluateRiskRules(rules, [])).toBe("MEDIUM_RISK");
  });
});

describe("the current lens as the site teaches it", () => {
  const lens = loadLens();

  it("has every question and best practice of AWS's file, with the same ids, titles and rules", () => {
    expect(lens.questions.map((q) => q.id)).toEqual(awsQuestions.map((q) => q.id));
    for (const q of lens.questions) {
      const source = awsQuestions.find((a) => a.id === q.id)!;
      expect(q.title.en).toBe(source.title);
      expect(q.riskRules).toEqual(source.riskRules);
      expect(q.practices.map((p) => [p.id, p.title.en])).toEqual(source.choices.filter((c) => !c.id.endsWith("_no")).map((c) => [c.id, c.title]));
      for (const p of q.practices) expect(p.explanation.ja.length * p.explanation.en.length).toBeGreaterThan(0);
    }
  });

  it("weighs each practice by the rules: the risk when only it is missing", () => {
    const rules = awsQuestions.find((q) => q.id === "MLOPS01")!.riskRules;
    const ids = ["MLOPS01_BP01", "MLOPS01_BP02", "MLOPS01_BP03"];
    expect(practiceWeight(rules, ids, "MLOPS01_BP01")).toBe("high");
    const cost03 = awsQuestions.find((q) => q.id === "MLCOST03")!;
    const costIds = cost03.choices.map((c) => c.id).filter((id) => !id.endsWith("_no"));
    expect(practiceWeight(cost03.riskRules, costIds, "MLCOST03_BP01")).toBe("low");
  });

  it("gives a question's risk from AWS's rules, and keeps unanswered, none of these and not applicable apart", () => {
    const q = lens.questions.find((x) => x.id === "MLOPS01")!;
    const view = { choices: q.practices.map((p) => ({ id: p.id, risk: p.weight })), riskRules: q.riskRules };
    const answer = (over: Partial<ReviewAnswer>): ReviewAnswer => ({ selected: [], none: false, notApplicable: false, notes: "", ...over });
    expect(questionRisk(view, undefined)).toBe("unanswered");
    expect(questionRisk(view, answer({ selected: ["MLOPS01_BP01", "MLOPS01_BP02", "MLOPS01_BP03"] }))).toBe("none");
    expect(questionRisk(view, answer({ selected: ["MLOPS01_BP01"] }))).toBe("high");
    expect(questionRisk(view, answer({ none: true }))).toBe("high");
    expect(questionRisk(view, answer({ notApplicable: true }))).toBe("not-applicable");
  });

  it.each(["en", "ja"] as const)("exports a %s custom lens that matches AWS's file field by field and fits the Tool's 500 KB limit", (locale) => {
    const out = buildLocalizedLens(lens, locale, { name: "n", description: "d" });
    expect(out.schemaVersion).toBe(aws.schemaVersion);
    expect(out.pillars.map((p) => p.id)).toEqual(aws.pillars.map((p) => p.id));
    out.pillars.forEach((p, i) => {
      const src = aws.pillars[i]!;
      expect(p.questions.map((q) => q.id)).toEqual(src.questions.map((q) => q.id));
      p.questions.forEach((q, j) => {
        const s = src.questions[j]!;
        expect(q.choices.map((c) => c.id)).toEqual(s.choices.map((c) => c.id));
        expect(q.riskRules).toEqual(s.riskRules);
        // Our words, never AWS's descriptions.
        expect(q.description).not.toBe(s.description);
      });
    });
    expect(new TextEncoder().encode(JSON.stringify(out)).length).toBeLessThan(500 * 1024);
    if (locale === "ja") expect(out.pillars[0]!.questions[0]!.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe("moving answers into the Tool", () => {
  it("writes one update-answer call per answered question, with none-of-these, not-applicable and quoted notes", () => {
    const script = buildCliScript(
      [{ id: "MLOPS01", noneId: "MLOPS01_no" }, { id: "MLOPS02", noneId: "MLOPS02_no" }, { id: "MLSEC01" }, { id: "MLSEC02" }],
      {
        MLOPS01: { selected: ["MLOPS01_BP01", "MLOPS01_BP03"], none: false, notApplicable: false, notes: "team's plan" },
        MLOPS02: { selected: [], none: true, notApplicable: false, notes: "" },
        MLSEC01: { selected: [], none: false, notApplicable: true, notes: "" },
        MLSEC02: { selected: [], none: false, notApplicable: false, notes: "draft" },
      },
      { workloadName: "fraud", date: "2026-12-04" },
    );
    expect(script).toContain("--question-id MLOPS01");
    expect(script).toContain("--selected-choices MLOPS01_BP01 MLOPS01_BP03");
    expect(script).toContain(`--notes 'team'"'"'s plan'`);
    expect(script).toContain("--selected-choices MLOPS02_no");
    expect(script).toMatch(/--question-id MLSEC01 \\\n {2}--no-is-applicable/);
    expect(script).not.toContain("MLSEC02");
    expect(script.match(/update-answer/g)).toHaveLength(3);
  });
});

describe("from a 2020 review to a draft of the current lens", () => {
  const legacy = [
    { id: "mlops-01", code: "MLOPS 01", choices: [{ id: "a", risk: "high" as const }, { id: "b", risk: "medium" as const }], current: ["MLOPS01-BP01", "MLOPS02-BP01"] },
    { id: "mlops-02", code: "MLOPS 02", choices: [{ id: "c", risk: "high" as const }], current: ["MLOPS02-BP01"] },
  ];
  const current = [
    { id: "MLOPS01", choices: [{ id: "MLOPS01_BP01" }, { id: "MLOPS01_BP02" }] },
    { id: "MLOPS02", choices: [{ id: "MLOPS02_BP01" }] },
    { id: "MLSEC01", choices: [{ id: "MLSEC01_BP01" }] },
  ];
  const done = (selected: string[]): ReviewAnswer => ({ selected, none: false, notApplicable: false, notes: "" });

  it("pre-selects a practice only when every answered 2020 question behind it followed everything", () => {
    const result = migrate2020(legacy, { "mlops-01": done(["a", "b"]), "mlops-02": { ...done([]), none: true } }, current);
    expect(result.answers.MLOPS01?.selected).toEqual(["MLOPS01_BP01"]);
    expect(result.answers.MLOPS02).toBeUndefined();
    expect(result.notMapped).toEqual(["MLOPS02", "MLSEC01"]);
  });

  it("leaves out what the 2020 review left partly done", () => {
    const result = migrate2020(legacy, { "mlops-01": done(["a"]), "mlops-02": done(["c"]) }, current);
    expect(result.answers.MLOPS01).toBeUndefined();
    expect(result.answers.MLOPS02).toBeUndefined();
  });
});
