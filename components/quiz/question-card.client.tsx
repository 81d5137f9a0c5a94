"use client";

import { useId, type ReactNode, type RefObject } from "react";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import type { PlayOption, PlayQuestion } from "@/lib/quiz/attempt";
import { isAnswerCorrect, orderOptions, startingOrder } from "@/lib/quiz/attempt";
import { MatchingInput } from "./matching-input.client";
import { OrderingInput } from "./ordering-input.client";

export type QuizLabels = Dictionary["quiz"];

/** What shows until progress is read from the browser: as tall as a question, so nothing jumps. */
export function QuizLoading({ label }: { label: string }) {
  return (
    <div className="min-h-[38rem] rounded-lg border border-border p-4 sm:p-6" aria-busy="true">
      <p className="text-muted">{label}</p>
    </div>
  );
}

/** "B" for the second option as shown. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

interface QuestionCardProps {
  question: PlayQuestion;
  /** Options in this attempt's order. */
  options: PlayOption[];
  chosen: readonly string[];
  onChoose: (chosen: string[]) => void;
  /** Show right / wrong and every explanation; the choice is then final. */
  revealed: boolean;
  labels: QuizLabels;
  position: { n: number; total: number };
  /** The attempt's seed: ordering and matching items shuffle their parts with it. */
  seed: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** The feedback line: focused after checking, so a screen reader hears the result and the reader stays in place. */
  feedbackRef?: RefObject<HTMLParagraphElement | null>;
  /** Extra controls under the options (buttons). */
  children?: ReactNode;
}

/**
 * One question: the scenario, the options as a native radio group (one tab stop, arrow keys move and
 * select) or checkboxes for "choose two", and after checking, feedback announced through role="status"
 * and the explanation of every option.
 */
export function QuestionCard({ question, options, chosen, onChoose, revealed, labels, position, seed, headingRef, feedbackRef, children }: QuestionCardProps) {
  const name = useId();
  if (question.kind !== "choice") {
    return <ArrangedQuestion {...{ question, chosen, onChoose, revealed, labels, position, seed, headingRef, feedbackRef, children }} />;
  }
  const type = question.multi ? "checkbox" : "radio";
  const right = revealed && isAnswerCorrect(question, chosen);
  const answerText = options
    .map((o, i) => (o.correct ? optionLetter(i) : null))
    .filter((x): x is string => x !== null)
    .join(", ");

  const toggle = (id: string, checked: boolean) => {
    if (revealed) return;
    if (!question.multi) return onChoose([id]);
    onChoose(checked ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));
  };

  return (
    <article aria-labelledby={`${name}-heading`} className="rounded-lg border border-border p-4 sm:p-6">
      <QuestionHeader question={question} labels={labels} position={position} headingId={`${name}-heading`} headingRef={headingRef} />
      <fieldset>
        <legend className="mb-3 font-semibold">
          {question.question} <span className="font-normal text-muted">{question.multi ? labels.chooseTwo : labels.chooseOne}</span>
        </legend>
        <ul className="space-y-2" role="list">
          {options.map((option, i) => {
            const checked = chosen.includes(option.id);
            const state = !revealed ? "" : option.correct ? "border-ok bg-ok/10" : checked ? "border-bad bg-bad/10" : "";
            return (
              <li key={option.id} className={`rounded-md border border-border ${state}`} data-option={option.id}>
                <label className="flex cursor-pointer items-start gap-3 p-3">
                  <input
                    type={type}
                    name={name}
                    value={option.id}
                    checked={checked}
                    disabled={revealed && !checked}
                    aria-describedby={revealed ? `${name}-exp-${option.id}` : undefined}
                    onChange={(e) => toggle(option.id, e.currentTarget.checked)}
                    className="mt-1 size-4 accent-accent"
                  />
                  <span>
                    <span className="font-semibold">{optionLetter(i)}.</span> {option.text}
                    {revealed ? (
                      <span className="ml-2 text-sm font-semibold">
                        {option.correct ? `✓ ${labels.rightAnswer}` : checked ? `✗ ${labels.yourAnswer}` : ""}
                      </span>
                    ) : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <p role="status" ref={feedbackRef} tabIndex={-1} className="mt-4 min-h-6 font-semibold" data-testid="feedback">
        {revealed ? (right ? labels.correct : formatMessage(labels.incorrect, { answer: answerText })) : ""}
      </p>
      {revealed ? (
        <section className="mt-2" aria-label={labels.explanations}>
          <h3 className="mb-2 font-semibold">{labels.explanations}</h3>
          <dl className="space-y-3">
            {options.map((option, i) => (
              <div key={option.id}>
                <dt className="font-semibold">
                  {optionLetter(i)}. {option.text} — {option.correct ? labels.rightAnswer : labels.wrongOption}
                </dt>
                <dd id={`${name}-exp-${option.id}`} className="ml-4 text-fg/90">
                  {option.explanation}
                </dd>
              </div>
            ))}
          </dl>
          <NoteAndLinks question={question} labels={labels} />
        </section>
      ) : null}
      {children ? <div className="mt-4 flex flex-wrap gap-3">{children}</div> : null}
    </article>
  );
}

function QuestionHeader({
  question,
  labels,
  position,
  headingId,
  headingRef,
}: {
  question: PlayQuestion;
  labels: QuizLabels;
  position: { n: number; total: number };
  headingId: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <>
      <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          {formatMessage(labels.questionOf, position)}
        </h2>
        <p className="text-sm text-muted">
          <span className="sr-only">{labels.difficultyLabel}: </span>
          {question.difficulty} · <span className="sr-only">{labels.domainLabel}: </span>
          {question.domain} · {question.tasks.join(", ")}
        </p>
      </header>
      {question.case ? (
        <section className="mb-4 rounded-md border border-border bg-surface p-3" aria-label={`${labels.caseStudy}: ${question.case.title}`}>
          <h3 className="font-semibold">
            {labels.caseStudy}: {question.case.title}
          </h3>
          <p className="mt-1 leading-relaxed">{question.case.scenario}</p>
        </section>
      ) : null}
      <p className="mb-4 leading-relaxed" data-testid="scenario">
        {question.scenario}
      </p>
    </>
  );
}

function NoteAndLinks({ question, labels }: { question: PlayQuestion; labels: QuizLabels }) {
  return (
    <>
      {question.note ? (
        <p className="mt-4 rounded-md border border-border bg-surface p-3">
          <strong>{labels.note}: </strong>
          {question.note}
        </p>
      ) : null}
      {question.links.length > 0 ? (
        <nav className="mt-4" aria-label={labels.learnMore}>
          <h3 className="mb-1 font-semibold">{labels.learnMore}</h3>
          <ul className="list-disc pl-6">
            {question.links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}

/** Ordering and matching items: the same frame as a choice question, with their own input and one explanation. */
function ArrangedQuestion({
  question,
  chosen,
  onChoose,
  revealed,
  labels,
  position,
  seed,
  headingRef,
  feedbackRef,
  children,
}: Omit<QuestionCardProps, "options">) {
  const name = useId();
  const right = revealed && isAnswerCorrect(question, chosen);
  const byId = new Map(question.steps.map((s) => [s.id, s]));
  const arrangement =
    question.kind === "ordering"
      ? chosen.length === question.steps.length
        ? chosen.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
        : startingOrder(question.id, question.steps, seed)
      : [];
  return (
    <article aria-labelledby={`${name}-heading`} className="rounded-lg border border-border p-4 sm:p-6">
      <QuestionHeader question={question} labels={labels} position={position} headingId={`${name}-heading`} headingRef={headingRef} />
      <fieldset>
        <legend className="mb-3 font-semibold">{question.question}</legend>
        {question.kind === "ordering" ? (
          <OrderingInput steps={question.steps} arrangement={arrangement} onChange={(ids) => !revealed && onChoose(ids)} revealed={revealed} labels={labels} />
        ) : (
          <MatchingInput
            prompts={question.steps}
            responses={orderOptions(question.id, question.responses, seed)}
            chosen={chosen}
            onChange={(c) => !revealed && onChoose(c)}
            revealed={revealed}
            labels={labels}
          />
        )}
      </fieldset>
      <p role="status" ref={feedbackRef} tabIndex={-1} className="mt-4 min-h-6 font-semibold" data-testid="feedback">
        {revealed ? (right ? labels.correct : labels.incorrectArranged) : ""}
      </p>
      {revealed ? (
        <section className="mt-2" aria-label={labels.explanations}>
          {question.kind === "matching" ? (
            <>
              <h3 className="mb-2 font-semibold">{labels.correctPairs}</h3>
              <ul className="list-disc space-y-1 pl-6">
                {question.steps.map((p) => (
                  <li key={p.id}>
                    <span className="font-semibold">{p.text}</span> → {question.responses.find((r) => r.id === p.id)?.text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {question.explanation ? (
            <>
              <h3 className="mt-3 mb-1 font-semibold">{labels.whyOrder}</h3>
              <p>{question.explanation}</p>
            </>
          ) : null}
          <NoteAndLinks question={question} labels={labels} />
        </section>
      ) : null}
      {children ? <div className="mt-4 flex flex-wrap gap-3">{children}</div> : null}
    </article>
  );
}
