/**
 * The AWS Well-Architected Tool's custom-lens JSON format (schemaVersion 2021-11-01), written from the
 * "Lens format specification" of the Well-Architected Tool User Guide and the API reference's limits:
 * lens name ≤ 128 and description ≤ 2048 characters; pillar, question and choice ids of letters, digits and
 * underscores (≤ 64); question titles ≤ 128, choice titles ≤ 256; every choice has an improvement plan;
 * each question's risk rules use its own choice ids with &&, ||, ! and parentheses and end with "default";
 * at most 10 pillars, 20 questions a pillar and 15 choices a question (the tool adds "None of these").
 */
import "@/lib/zod-browser";
import { z } from "zod/mini";

const lensId = z.string().check(z.regex(/^[A-Za-z0-9_]{1,64}$/, "must be 1–64 letters, digits or underscores"));
const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const resource = z.strictObject({ displayText: text(1024), url: z.optional(url) });

export const riskValues = ["HIGH_RISK", "MEDIUM_RISK", "NO_RISK"] as const;

const riskRule = z.strictObject({ condition: z.string().check(z.minLength(1)), risk: z.enum(riskValues) });

const choice = z
  .strictObject({
    id: lensId,
    title: text(256),
    helpfulResource: z.optional(resource),
    /** Every practice has one; AWS's own "None of these" choices (ids ending _no) carry none. */
    improvementPlan: z.optional(resource),
  })
  .check(z.refine((c) => c.improvementPlan !== undefined || c.id.endsWith("_no"), { message: "every choice but “None of these” needs an improvement plan", path: ["improvementPlan"] }));

/** Tokens of a risk-rule condition: choice ids, operators and parentheses. */
function conditionProblems(condition: string, choiceIds: ReadonlySet<string>): string | undefined {
  if (condition === "default") return undefined;
  const tokens = condition.match(/&&|\|\||!|\(|\)|[A-Za-z0-9_]+|\S/g) ?? [];
  let depth = 0;
  let expectOperand = true;
  for (const token of tokens) {
    if (token === "(" || token === "!") {
      if (!expectOperand) return `unexpected "${token}"`;
      if (token === "(") depth++;
    } else if (token === ")") {
      if (expectOperand || depth === 0) return `unexpected ")"`;
      depth--;
    } else if (token === "&&" || token === "||") {
      if (expectOperand) return `unexpected "${token}"`;
      expectOperand = true;
    } else if (/^[A-Za-z0-9_]+$/.test(token)) {
      if (!expectOperand) return `missing operator before "${token}"`;
      if (!choiceIds.has(token)) return `"${token}" is not a choice of this question`;
      expectOperand = false;
    } else {
      return `unexpected "${token}"`;
    }
  }
  if (expectOperand || depth !== 0) return "is incomplete";
  return undefined;
}

const question = z
  .strictObject({
    id: lensId,
    title: text(128),
    description: z.optional(text(2048)),
    helpfulResource: z.optional(resource),
    choices: z.array(choice).check(z.minLength(1), z.maxLength(15)),
    riskRules: z.array(riskRule).check(z.minLength(1)),
  })
  .check(
    z.superRefine((q, ctx) => {
      const ids = new Set(q.choices.map((c) => c.id));
      if (ids.size !== q.choices.length) ctx.addIssue({ code: "custom", path: ["choices"], message: "choice ids must be unique", input: q });
      const defaults = q.riskRules.filter((r) => r.condition === "default").length;
      if (defaults !== 1) ctx.addIssue({ code: "custom", path: ["riskRules"], message: "needs exactly one \"default\" rule", input: q });
      q.riskRules.forEach((rule, i) => {
        const problem = conditionProblems(rule.condition, ids);
        if (problem) ctx.addIssue({ code: "custom", path: ["riskRules", i, "condition"], message: problem, input: q });
      });
    }),
  );

export const customLensSchema = z
  .strictObject({
    schemaVersion: z.literal("2021-11-01"),
    name: text(128),
    description: text(2048),
    pillars: z
      .array(z.strictObject({ id: lensId, name: text(128), questions: z.array(question).check(z.minLength(1), z.maxLength(20)) }))
      .check(z.minLength(1), z.maxLength(10)),
  })
  .check(
    z.superRefine((lens, ctx) => {
      const ids = lens.pillars.flatMap((p) => p.questions.map((q) => q.id));
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["pillars"], message: "question ids must be unique across the lens", input: lens });
    }),
  );
export type CustomLens = z.infer<typeof customLensSchema>;
