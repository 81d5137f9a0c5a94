/**
 * The answers of a current-lens review as a shell script of AWS CLI calls, so a review done here moves into the
 * Well-Architected Tool: one `aws wellarchitected update-answer` per answered question, against the custom lens
 * the reviewer imported (its ARN is the lens alias) and their workload.
 */
import type { ReviewAnswer } from "./risk";

/** Quotes a value for a POSIX shell. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'"'"'`)}'`;
}

export function buildCliScript(
  questions: readonly { id: string; lensPillarId?: string; noneId?: string }[],
  answers: Readonly<Record<string, ReviewAnswer>>,
  meta: { workloadName: string; date: string },
): string {
  const lines = [
    "#!/usr/bin/env bash",
    `# Answers of the ML Lens self-review${meta.workloadName ? ` for ${meta.workloadName.replace(/[\r\n]+/g, " ")}` : ""}, ${meta.date}.`,
    "# Usage: LENS_ALIAS=arn:aws:wellarchitected:REGION:ACCOUNT:lens/LENS_ID WORKLOAD_ID=... bash this-file.sh",
    "set -euo pipefail",
    ': "${LENS_ALIAS:?set LENS_ALIAS to the ARN of the imported custom lens}"',
    ': "${WORKLOAD_ID:?set WORKLOAD_ID to the id of your workload}"',
    "",
  ];
  let count = 0;
  for (const q of questions) {
    const a = answers[q.id];
    if (!a) continue;
    const choices = a.none ? [q.noneId ?? `${q.id}_no`] : a.selected;
    if (!a.notApplicable && choices.length === 0) continue;
    const args = ["aws wellarchitected update-answer", '--workload-id "$WORKLOAD_ID"', '--lens-alias "$LENS_ALIAS"', `--question-id ${q.id}`];
    if (a.notApplicable) args.push("--no-is-applicable");
    else args.push(`--selected-choices ${choices.join(" ")}`);
    if (a.notes.trim()) args.push(`--notes ${shellQuote(a.notes.slice(0, 2084))}`);
    lines.push(args.join(" \\\n  "));
    count++;
  }
  lines.push("", `echo "Updated ${count} answers."`, "");
  return lines.join("\n");
}
