"use client";

import { useEffect, useRef, useState } from "react";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { emptyAnswer, questionRisk, type QuestionRisk, type ReviewAnswer } from "@/lib/review/risk";
import type { ReviewLink, ReviewQuestionView } from "@/lib/review/view";

export type ReviewLabels = Dictionary["review"];

const riskStyle: Record<QuestionRisk, string> = {
  high: "border-bad text-bad",
  medium: "border-warn text-warn",
  none: "border-ok text-ok",
  "not-applicable": "border-border text-muted",
  unanswered: "border-border text-muted",
};

/** "Learn: lesson, service" — where a practice is taught. Nothing when there is no link. */
export function LearnLinks({ links, label, className }: { links: ReviewLink[]; label: string; className?: string }) {
  if (links.length === 0) return null;
  return (
    <p className={className}>
      {label}:{" "}
      {links.map((l, i) => (
        <span key={l.href}>
          {i > 0 ? ", " : null}
          <a href={l.href}>{l.label}</a>
        </span>
      ))}
    </p>
  );
}

export function RiskBadge({ risk, labels }: { risk: QuestionRisk; labels: ReviewLabels }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-semibold ${riskStyle[risk]}`} data-risk={risk}>
      {labels.risks[risk]}
    </span>
  );
}

/** One lens question: its practices as checkboxes, "none of these", "does not apply", notes, and today's mapping. */
export function ReviewQuestionBlock({
  question,
  answer,
  onChange,
  labels,
}: {
  question: ReviewQuestionView;
  answer: ReviewAnswer | undefined;
  onChange: (answer: ReviewAnswer) => void;
  labels: ReviewLabels;
}) {
  const current = answer ?? emptyAnswer();
  const risk = questionRisk(question, answer);
  const idBase = `rq-${question.id}`;
  const toggle = (choiceId: string, on: boolean) => {
    const selected = on ? [...current.selected.filter((id) => id !== choiceId), choiceId] : current.selected.filter((id) => id !== choiceId);
    onChange({ ...current, selected, none: on ? false : current.none });
  };
  return (
    <article id={question.id} aria-labelledby={`${idBase}-title`} className="scroll-mt-24 rounded-lg border border-border p-4 sm:p-6" data-testid="review-question">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${idBase}-title`} tabIndex={-1} className="text-lg font-semibold">
          {question.code}: {question.title}
        </h3>
        {question.phaseName ? (
          <p className="w-full text-sm text-muted sm:order-last" data-testid="review-phase">
            {labels.phase}: {question.phaseName}
          </p>
        ) : null}
        <p>
          <span className="sr-only">{labels.risk}: </span>
          <RiskBadge risk={risk} labels={labels} />
        </p>
      </header>
      <p className="mt-2">{question.description}</p>
      <div className={question.current.length > 0 ? "mt-4 grid gap-6 lg:grid-cols-[1fr_16rem]" : "mt-4"}>
        <fieldset>
          <legend className="mb-2 font-semibold">{labels.practices}</legend>
          <ul className="space-y-3" role="list">
            {question.choices.map((c) => {
              const inputId = `${idBase}-${c.id}`;
              return (
                <li key={c.id}>
                  <div className="flex items-start gap-3">
                    <input
                      id={inputId}
                      type="checkbox"
                      className="mt-1.5 size-4 shrink-0 accent-accent"
                      checked={!current.none && current.selected.includes(c.id)}
                      onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                      aria-describedby={`${inputId}-desc`}
                    />
                    <div>
                      <label htmlFor={inputId} className="font-medium">
                        {c.title}
                      </label>
                      <p id={`${inputId}-desc`} className="text-sm text-muted">
                        {c.description} <span className="whitespace-nowrap">({labels.practiceRisk[c.risk]})</span>
                      </p>
                      <LearnLinks links={c.links} label={labels.learn} className="text-sm print:hidden" />
                      {c.url ? (
                        <p className="text-sm print:hidden">
                          <a href={c.url} rel="noopener" target="_blank" className="inline-block py-1.5">
                            {formatMessage(labels.awsPage, { id: c.id.replace("_", "-") })}
                          </a>
                        </p>
                      ) : null}
                    </div>
                  </div>
                </li>
              );
            })}
            <li className="flex items-start gap-3 border-t border-border pt-3">
              <input
                id={`${idBase}-none`}
                type="checkbox"
                className="mt-1.5 size-4 accent-accent"
                checked={current.none}
                onChange={(e) => onChange({ ...current, none: e.currentTarget.checked, selected: e.currentTarget.checked ? [] : current.selected })}
              />
              <label htmlFor={`${idBase}-none`}>{labels.none}</label>
            </li>
          </ul>
          <p className="mt-3 flex items-start gap-3">
            <input
              id={`${idBase}-na`}
              type="checkbox"
              className="mt-1.5 size-4 accent-accent"
              checked={current.notApplicable}
              onChange={(e) => onChange({ ...current, notApplicable: e.currentTarget.checked })}
            />
            <label htmlFor={`${idBase}-na`}>{labels.notApplicable}</label>
          </p>
          <label htmlFor={`${idBase}-notes`} className="mt-4 block font-semibold">
            {labels.notes}
          </label>
          <NotesField id={`${idBase}-notes`} value={current.notes} onCommit={(notes) => onChange({ ...current, notes })} />
        </fieldset>
        {question.current.length > 0 ? (
        <aside aria-labelledby={`${idBase}-current`} className="rounded-md bg-surface p-3 text-sm">
          <h4 id={`${idBase}-current`} className="font-semibold">
            {labels.current}
          </h4>
          <ul className="mt-1 space-y-1" role="list">
            {question.current.map((c) => (
              <li key={c.id}>
                <span className="font-mono font-semibold">{c.id}</span> {c.title}
              </li>
            ))}
          </ul>
          {question.currentNote ? <p className="mt-2">{question.currentNote}</p> : null}
        </aside>
        ) : null}
      </div>
    </article>
  );
}

/** Notes are kept as typed and saved after a pause (and on leaving the field), not on every keystroke. */
function NotesField({ id, value, onCommit }: { id: string; value: string; onCommit: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(onCommit);
  useEffect(() => {
    latest.current = onCommit;
  });
  // A new value from outside (an import, another tab) replaces the draft.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setDraft(value), [value]);
  const pending = useRef<string | null>(null);
  useEffect(() => {
    // Leaving or reloading the page saves what is still waiting.
    const save = () => {
      clearTimeout(timer.current);
      if (pending.current !== null) latest.current(pending.current);
      pending.current = null;
    };
    window.addEventListener("pagehide", save);
    return () => {
      window.removeEventListener("pagehide", save);
      save();
    };
  }, []);
  const flush = (text: string) => {
    clearTimeout(timer.current);
    pending.current = null;
    if (text !== value) latest.current(text);
  };
  return (
    <textarea
      id={id}
      rows={2}
      maxLength={5000}
      value={draft}
      onChange={(e) => {
        const text = e.currentTarget.value;
        setDraft(text);
        pending.current = text;
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          pending.current = null;
          latest.current(text);
        }, 400);
      }}
      onBlur={(e) => flush(e.currentTarget.value)}
      className="mt-1 w-full rounded-md border border-border bg-bg p-2"
    />
  );
}
