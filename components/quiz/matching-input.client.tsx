"use client";

import { useId } from "react";
import { matchAnswer, parseMatches, type PlayItem } from "@/lib/quiz/attempt";
import type { QuizLabels } from "./question-card.client";

/** A matching item: one native select per prompt (keyboard, touch and screen readers all know it). */
export function MatchingInput({
  prompts,
  responses,
  chosen,
  onChange,
  revealed,
  labels,
}: {
  prompts: readonly PlayItem[];
  /** The responses in this attempt's order. */
  responses: readonly PlayItem[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  revealed: boolean;
  labels: QuizLabels;
}) {
  const base = useId();
  const matches = parseMatches(chosen);
  const byId = new Map(responses.map((r) => [r.id, r]));
  const set = (promptId: string, responseId: string) => {
    const next = new Map(matches);
    if (responseId) next.set(promptId, responseId);
    else next.delete(promptId);
    onChange(prompts.flatMap((p) => (next.has(p.id) ? [matchAnswer(p.id, next.get(p.id) ?? "")] : [])));
  };
  return (
    <div>
      <p className="mb-2 text-sm text-muted">{labels.matchHint}</p>
      <ul className="space-y-3" role="list" data-testid="matching">
        {prompts.map((p) => {
          const picked = matches.get(p.id) ?? "";
          const right = revealed && picked === p.id;
          const state = !revealed ? "" : right ? "border-ok bg-ok/10" : "border-bad bg-bad/10";
          return (
            <li key={p.id} className={`rounded-md border border-border p-3 ${state}`} data-prompt={p.id}>
              <label htmlFor={`${base}-${p.id}`} className="block font-medium">
                {p.text}
              </label>
              <select
                id={`${base}-${p.id}`}
                value={picked}
                disabled={revealed}
                onChange={(e) => set(p.id, e.currentTarget.value)}
                className="mt-1 block w-full max-w-full rounded-md border border-border bg-bg px-2 py-2"
              >
                <option value="">{labels.matchPlaceholder}</option>
                {responses.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.text}
                  </option>
                ))}
              </select>
              {revealed && !right ? (
                <p className="mt-1 text-sm">
                  {labels.rightAnswer}: {byId.get(p.id)?.text}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
