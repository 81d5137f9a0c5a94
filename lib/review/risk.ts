import type { PracticeRisk } from "@/lib/content/schemas";

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

/** Anything with practices that carry a risk: the content question or its one-language view. */
type RiskQuestion = { choices: readonly { id: string; risk: PracticeRisk }[] };

/** The practices a workload does not follow, worst first. */
export function missingPractices<Q extends RiskQuestion>(question: Q, answer: ReviewAnswer | undefined): Q["choices"][number][] {
  const selected = new Set(answer?.selected ?? []);
  const order: Record<PracticeRisk, number> = { high: 0, medium: 1 };
  return question.choices.filter((c) => !selected.has(c.id)).sort((a, b) => order[a.risk] - order[b.risk]);
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
 * The improvement plan: every best practice an answered, applicable question does not follow yet,
 * high-risk ones first, then in question order.
 */
export function improvementPlan<Q extends RiskQuestion & { id: string }>(
  questions: readonly Q[],
  answers: Readonly<Record<string, ReviewAnswer>>,
): PlanItem<Q["choices"][number]>[] {
  const items: PlanItem<Q["choices"][number]>[] = [];
  for (const q of questions) {
    const risk = questionRisk(q, answers[q.id]);
    if (risk !== "high" && risk !== "medium") continue;
    for (const choice of missingPractices(q, answers[q.id])) items.push({ questionId: q.id, choice });
  }
  const order: Record<PracticeRisk, number> = { high: 0, medium: 1 };
  return items.map((item, i) => ({ item, i })).sort((a, b) => order[a.item.choice.risk] - order[b.item.choice.risk] || a.i - b.i).map(({ item }) => item);
}

/** "MLOPS 01" for "mlops-01". */
export function questionCode(id: string): string {
  return id.toUpperCase().replace("-", " ");
}
