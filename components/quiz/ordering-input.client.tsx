"use client";

import { useRef, useState } from "react";
import { formatMessage } from "@/lib/i18n/format";
import { moveItem, type PlayItem } from "@/lib/quiz/attempt";
import type { QuizLabels } from "./question-card.client";

/**
 * An ordering item: the steps as a list with up and down buttons on each, so it works by keyboard alone, by touch
 * and with a screen reader (every move is announced, and focus stays on the button of the step that moved).
 */
export function OrderingInput({
  steps,
  arrangement,
  onChange,
  revealed,
  labels,
}: {
  /** The steps in the right order (for the reveal). */
  steps: readonly PlayItem[];
  /** The learner's current order. */
  arrangement: readonly PlayItem[];
  onChange: (ids: string[]) => void;
  revealed: boolean;
  labels: QuizLabels;
}) {
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  const move = (from: number, to: number, focusKey: string) => {
    const next = moveItem(arrangement, from, to);
    const step = arrangement[from];
    if (!step) return;
    const position = next.findIndex((s) => s.id === step.id) + 1;
    onChange(next.map((s) => s.id));
    setAnnouncement(formatMessage(labels.moved, { step: step.text, position, total: next.length }));
    // Keep focus on the same control of the moved step; at the top or bottom, on the other one.
    requestAnimationFrame(() => {
      const atEdge = position === 1 || position === next.length;
      const key = atEdge ? `${step.id}:${position === 1 ? "down" : "up"}` : focusKey;
      buttons.current.get(key)?.focus();
    });
  };

  return (
    <div>
      <p className="mb-2 text-sm text-muted">{labels.orderHint}</p>
      <ol className="space-y-2" data-testid="ordering">
        {arrangement.map((step, i) => {
          const right = revealed && steps[i]?.id === step.id;
          const state = !revealed ? "" : right ? "border-ok bg-ok/10" : "border-bad bg-bad/10";
          return (
            <li key={step.id} className={`flex items-center gap-2 rounded-md border border-border p-2 ${state}`} data-step={step.id}>
              <span className="w-6 shrink-0 text-center font-semibold tabular-nums" aria-hidden="true">
                {i + 1}.
              </span>
              <span className="min-w-0 flex-1">{step.text}</span>
              {revealed ? (
                <span className="text-sm font-semibold">{right ? "✓" : "✗"}</span>
              ) : (
                <span className="flex shrink-0 gap-1">
                  <button
                    type="button"
                    ref={(el) => {
                      buttons.current.set(`${step.id}:up`, el);
                    }}
                    className="btn btn-secondary min-h-11 min-w-11 px-2"
                    aria-label={formatMessage(labels.moveUp, { step: step.text })}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1, `${step.id}:up`)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    ref={(el) => {
                      buttons.current.set(`${step.id}:down`, el);
                    }}
                    className="btn btn-secondary min-h-11 min-w-11 px-2"
                    aria-label={formatMessage(labels.moveDown, { step: step.text })}
                    disabled={i === arrangement.length - 1}
                    onClick={() => move(i, i + 1, `${step.id}:down`)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only" data-testid="ordering-announcement">
        {announcement}
      </p>
      {revealed ? (
        <div className="mt-3">
          <h3 className="font-semibold">{labels.correctOrder}</h3>
          <ol className="list-decimal pl-6">
            {steps.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
