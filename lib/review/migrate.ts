/**
 * From a review of the 2020 edition to a draft of the current lens, through the map each 2020 question keeps to
 * today's best practices. A practice is pre-selected only when every answered 2020 question that maps to it
 * followed all of its own practices; anything less is left for the reviewer. Nothing of the 2020 review changes.
 */
import { questionRisk, type ReviewAnswer } from "./risk";

/** What the migration needs of one 2020 question. */
export interface LegacyQuestion {
  id: string;
  code: string;
  choices: { id: string; risk: "high" | "medium" | "low" }[];
  /** Ids of today's best practices, as written in the lens (MLOPS04-BP01) or as choice ids (MLOPS04_BP01). */
  current: string[];
}

export interface MigrationResult {
  answers: Record<string, ReviewAnswer>;
  /** Current-lens questions that received nothing. */
  notMapped: string[];
}

const asChoiceId = (id: string) => id.replace("-", "_");

export function migrate2020(
  legacy: readonly LegacyQuestion[],
  legacyAnswers: Readonly<Record<string, ReviewAnswer>>,
  current: readonly { id: string; choices: readonly { id: string }[] }[],
): MigrationResult {
  /** For each current practice, whether every answered 2020 source followed everything. */
  const verdict = new Map<string, { ok: boolean; from: string[] }>();
  for (const q of legacy) {
    const risk = questionRisk(q, legacyAnswers[q.id]);
    if (risk === "unanswered" || risk === "not-applicable") continue;
    for (const id of q.current.map(asChoiceId)) {
      const v = verdict.get(id) ?? { ok: true, from: [] };
      verdict.set(id, { ok: v.ok && risk === "none", from: [...v.from, q.code] });
    }
  }
  const answers: Record<string, ReviewAnswer> = {};
  const notMapped: string[] = [];
  for (const q of current) {
    const selected = q.choices.filter((c) => verdict.get(c.id)?.ok).map((c) => c.id);
    if (selected.length === 0) {
      notMapped.push(q.id);
      continue;
    }
    const from = [...new Set(q.choices.flatMap((c) => verdict.get(c.id)?.from ?? []))];
    answers[q.id] = { selected, none: false, notApplicable: false, notes: `2020: ${from.join(", ")}` };
  }
  return { answers, notMapped };
}
