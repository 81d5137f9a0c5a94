import { evaluateRiskRules, type RiskRule } from "./risk-rules";

/** How much leaving a practice out weighs: the 2020 edition says high or medium; the current lens's rules can leave one "low" (it raises risk only together with others). */
export type PracticeRisk = "high" | "medium" | "low";

/** A workload's answer to one question, as the Well-Architected Tool records it. */
export interface ReviewAnswer {
  /** Ids of the best practices the workload follows. */
  selected: string[];
  /** "None of these" was chosen. */
  none: boolean;
  /** "This question does not apply to this workload." */
  notApplicable: boolean;
  notes: string;
}

export const questionRisks = ["high", "medium", "none", "not-applicable", "unanswered"] as const;
export type QuestionRisk = (typeof questionRisks)[number];

export function emptyAnswer(): ReviewAnswer {
  return { selected: [], none: false, notApplicable: false, notes: "" };
}

/**
 * Anything with practices that carry a risk: the content question or its one-language view. A question of the
 * current lens carries AWS's risk rules, which then decide its risk exactly as the Well-Architected Tool does.
 */
type RiskQuestion = { choices: readonly { id: string; risk: PracticeRisk }[]; riskRules?: readonly RiskRule[] };

const practiceOrder: Record<PracticeRisk, number> = { high: 0, medium: 1, low: 2 };

/** The practices a workload does not follow, worst first. */
export function missingPractices<Q extends RiskQuestion>(question: Q, answer: ReviewAnswer | undefined): Q["choices"][number][] {
  const selected = new Set(answer?.selected ?? []);
  return question.choices.filter((c) => !selected.has(c.id)).sort((a, b) => practiceOrder[a.risk] - practiceOrder[b.risk]);
}

/**
 * The risk of one question, from the rules kept with its choices: each practice says how bad it is to
 * leave it out ("high" or "medium"), and the question takes the worst of the practices not followed.
 * "None of these" leaves every practice out; "does not apply" and an untouched question are their own states.
 */
export function questionRisk(question: RiskQuestion, answer: ReviewAnswer | undefined): QuestionRisk {
  if (!answer) return "unanswered";
  if (answer.notApplicable) return "not-applicable";
  const known = new Set(question.choices.map((c) => c.id));
  const selected = answer.none ? [] : answer.selected.filter((id) => known.has(id));
  if (!answer.none && selected.length === 0) return "unanswered";
  if (question.riskRules) {
    const risk = evaluateRiskRules(question.riskRules, selected);
    return risk === "HIGH_RISK" ? "high" : risk === "MEDIUM_RISK" ? "medium" : "none";
  }
  const missing = missingPractices(question, { ...answer, selected });
  if (missing.some((c) => c.risk === "high")) return "high";
  if (missing.length > 0) return "medium";
  return "none";
}

export type RiskCounts = Record<QuestionRisk, number>;

export function countRisks(risks: QuestionRisk[]): RiskCounts {
  const counts: RiskCounts = { high: 0, medium: 0, none: 0, "not-applicable": 0, unanswered: 0 };
  for (const risk of risks) counts[risk]++;
  return counts;
}

export interface PillarSummary<P extends string> {
  pillar: P;
  counts: RiskCounts;
}

/** Risk counts per pillar, in the order the pillars first appear. */
export function summarizeByPillar<P extends string>(
  questions: readonly (RiskQuestion & { id: string; pillar: P })[],
  answers: Readonly<Record<string, ReviewAnswer>>,
): PillarSummary<P>[] {
  const byPillar = new Map<P, QuestionRisk[]>();
  for (const q of questions) {
    const list = byPillar.get(q.pillar) ?? [];
    list.push(questionRisk(q, answers[q.id]));
    byPillar.set(q.pillar, list);
  }
  return [...byPillar.entries()].map(([pillar, risks]) => ({ pillar, counts: countRisks(risks) }));
}

export interface PlanItem<C> {
  questionId: string;
  choice: C;
}

/**
 * The improvement plan: every best practice an answered, applicable question does not follow yet: questions
 * at high risk first, then medium; then by lifecycle phase (current lens); the weightiest practices first; then
 * in question order.
 */
export function improvementPlan<Q extends RiskQuestion & { id: string; phaseOrder?: number }>(
  questions: readonly Q[],
  answers: Readonly<Record<string, ReviewAnswer>>,
): PlanItem<Q["choices"][number]>[] {
  const items: PlanItem<Q["choices"][number]>[] = [];
  const risks = new Map<string, QuestionRisk>();
  const phase = new Map(questions.map((q) => [q.id, q.phaseOrder ?? 0]));
  for (const q of questions) {
    const risk = questionRisk(q, answers[q.id]);
    risks.set(q.id, risk);
    if (risk !== "high" && risk !== "medium") continue;
    for (const choice of missingPractices(q, answers[q.id])) items.push({ questionId: q.id, choice });
  }
  const riskOrder: Record<string, number> = { high: 0, medium: 1 };
  return items
    .map((item, i) => ({ item, i, question: risks.get(item.questionId) ?? "medium" }))
    .sort((a, b) => (riskOrder[a.question] ?? 2) - (riskOrder[b.question] ?? 2) || (phase.get(a.item.questionId) ?? 0) - (phase.get(b.item.questionId) ?? 0) || practiceOrder[a.item.choice.risk] - practiceOrder[b.item.choice.risk] || a.i - b.i)
    .map(({ item }) => item);
}

/** "MLOPS 01" for "mlops-01". */
export function questionCode(id: string): string {
  return id.toUpperCase().replace("-", " ");
}
