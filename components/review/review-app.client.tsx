"use client";

import { useEffect, useState } from "react";
import { downloadText } from "@/components/layout/download.client";
import { JsonFileInput } from "@/components/layout/json-file-input.client";
import { useStored } from "@/components/layout/use-stored.client";
import { formatMessage } from "@/lib/i18n/format";
import { buildCustomLens, buildMarkdownReport, compareRisks } from "@/lib/review/export";
import { improvementPlan, questionRisks, questionRisk, summarizeByPillar, type RiskCounts } from "@/lib/review/risk";
import { browserStorage, readStored } from "@/lib/browser-storage";
import { buildCliScript } from "@/lib/review/cli-export";
import { migrate2020, type LegacyQuestion } from "@/lib/review/migrate";
import { addMilestone, emptyReview, exportReviewJson, importReviewJson, parseCurrentReview, parseReview, removeMilestone, reviewEditions, setAnswer, type ReviewEdition, type ReviewState } from "@/lib/review/store";
import type { ReviewQuestionView } from "@/lib/review/view";
import { LearnLinks, ReviewQuestionBlock, RiskBadge, type ReviewLabels } from "./review-question.client";

function CountsRow({ name, counts }: { name: string; counts: RiskCounts }) {
  return (
    <tr>
      <th scope="row" className="py-1 pr-3 text-left font-normal">
        {name}
      </th>
      {questionRisks.map((r) => (
        <td key={r} className="px-2 text-right tabular-nums" data-risk={r}>
          {counts[r]}
        </td>
      ))}
    </tr>
  );
}

function SummaryTable({ questions, answers, labels, caption }: { questions: ReviewQuestionView[]; answers: ReviewState["answers"]; labels: ReviewLabels; caption: string }) {
  const names = new Map(questions.map((q) => [q.pillar, q.pillarName]));
  const rows = summarizeByPillar(questions, answers);
  const total = rows.reduce<RiskCounts>(
    (sum, r) => Object.fromEntries(questionRisks.map((k) => [k, sum[k] + r.counts[k]])) as RiskCounts,
    { high: 0, medium: 0, none: 0, "not-applicable": 0, unanswered: 0 },
  );
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[36rem]">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left">
              {labels.pillar}
            </th>
            {questionRisks.map((r) => (
              <th key={r} scope="col" className="px-2 text-right">
                {labels.risks[r]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <CountsRow key={r.pillar} name={names.get(r.pillar) ?? r.pillar} counts={r.counts} />
          ))}
          <CountsRow name={labels.total} counts={total} />
        </tbody>
      </table>
    </div>
  );
}

const EMPTY = emptyReview();

const parsers = { current: parseCurrentReview, "2020": parseReview } as const;

/** The whole self-review: questions by pillar (one pillar shown at a time), summary, improvement plan, milestones, export and import. */
export function ReviewApp({
  questions,
  labels,
  edition,
  legacy,
  lensHref,
}: {
  questions: ReviewQuestionView[];
  labels: ReviewLabels;
  edition: ReviewEdition;
  /** Current lens: the 2020 questions' map, to pre-fill from a saved 2020 review. */
  legacy?: LegacyQuestion[];
  /** Current lens: the custom-lens file of this language. */
  lensHref?: string;
}) {
  const stored = useStored(reviewEditions[edition].key, parsers[edition]);
  const { loaded, saved, update, replace } = stored;
  const [imported, setImported] = useState(false);
  const readOnly = loaded?.status === "newer" && !imported;
  // The pillar on screen ("all" for every pillar, as in print); the first pillar to begin with.
  const [shown, setShown] = useState<string>(questions[0]?.pillar ?? "all");
  const isShown = (pillar: string) => shown === "all" || shown === pillar;
  const [legacyReview, setLegacyReview] = useState<ReviewState | null>(null);
  const [migration, setMigration] = useState<{ count: number; notMapped: string[] } | null>(null);
  useEffect(() => {
    // Print every pillar, whichever one is on screen.
    const all = () => setShown("all");
    window.addEventListener("beforeprint", all);
    return () => window.removeEventListener("beforeprint", all);
  }, []);
  useEffect(() => {
    if (edition !== "current" || !legacy) return;
    const old = readStored(browserStorage(), reviewEditions["2020"].key, parseReview);
    // A saved 2020 review is read once, after hydration, to offer pre-filling this one from it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (old.status === "ok" && Object.keys(old.value.answers).length > 0) setLegacyReview(old.value);
  }, [edition, legacy]);
  // Until the browser's copy is read, show the questions unanswered, so the page does not jump when it arrives.
  const state = stored.value ?? EMPTY;
  const [milestoneName, setMilestoneName] = useState("");
  const [milestoneMessage, setMilestoneMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [compareId, setCompareId] = useState("");
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const pillars = [...new Map(questions.map((q) => [q.pillar, q.pillarName])).entries()];
  const answered = questions.filter((q) => questionRisk(q, state.answers[q.id]) !== "unanswered").length;
  const plan = improvementPlan(questions, state.answers);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const compared = state.milestones.find((m) => m.id === compareId);
  /** Shows a question's pillar if it is hidden, then brings the question into view and focuses its heading. */
  const reveal = (id: string) => {
    const q = byId.get(id);
    if (!q) return;
    if (!isShown(q.pillar)) setShown(q.pillar);
    requestAnimationFrame(() => {
      const el = document.getElementById(q.id);
      el?.scrollIntoView({ block: "start" });
      el?.querySelector<HTMLElement>("h3")?.focus();
    });
  };
  const stamp = new Date().toISOString().slice(0, 10);
  const origin = typeof window === "undefined" ? "http://localhost" : window.location.origin;

  const importFile = (text: string) => {
    const result = importReviewJson(text, edition, { wrongLens: labels.wrongLens });
    if (result.ok) {
      replace(result.state);
      setImported(true);
      setImportMessage({ ok: true, text: labels.imported });
    } else {
      setImportMessage({ ok: false, text: formatMessage(labels.importFailed, { reason: result.error }) });
    }
  };

  return (
    // Controls stay disabled for the moment it takes to read the saved review, so no input is lost.
    <div className="space-y-10" data-testid="review-app">
      {loaded?.status === "reset" || !saved || readOnly ? (
        <div role="alert" className="rounded-md border border-warn p-3" data-testid="review-notice">
          {loaded?.status === "reset" ? <p>{formatMessage(labels.resetNotice, { reason: loaded.reason })}</p> : null}
          {readOnly ? <p>{labels.newerNotice}</p> : null}
          {!saved ? <p>{labels.storageBlocked}</p> : null}
        </div>
      ) : null}
      {legacy && legacyReview && Object.keys(state.answers).length === 0 && !readOnly ? (
        <section aria-labelledby="migrate-title" className="rounded-md border border-border p-4 print:hidden" data-testid="review-migrate">
          <h2 id="migrate-title" className="text-lg font-semibold">
            {labels.migrateTitle}
          </h2>
          <p className="mt-1">{labels.migrateLead}</p>
          <button
            type="button"
            className="btn mt-3"
            onClick={() => {
              const result = migrate2020(legacy, legacyReview.answers, questions);
              update((s) => ({ ...s, workload: s.workload.name ? s.workload : legacyReview.workload, answers: { ...result.answers, ...s.answers } }));
              setMigration({ count: Object.keys(result.answers).length, notMapped: result.notMapped });
            }}
          >
            {labels.migrateButton}
          </button>
        </section>
      ) : null}
      {migration ? (
        <section role="status" className="rounded-md border border-border p-4" data-testid="review-migrated">
          <p>{formatMessage(labels.migrated, { count: migration.count })}</p>
          {migration.notMapped.length > 0 ? (
            <>
              <h2 className="mt-2 font-semibold">{labels.notMappedTitle}</h2>
              <p className="font-mono text-sm">{migration.notMapped.join(", ")}</p>
            </>
          ) : null}
        </section>
      ) : null}
    <fieldset disabled={stored.value === null || readOnly} className="m-0 min-w-0 space-y-10 border-0 p-0">

      <section aria-labelledby="workload-title" className="space-y-3">
        <h2 id="workload-title" className="text-xl font-bold">
          {labels.workload}
        </h2>
        <label className="block">
          <span className="font-semibold">{labels.workloadName}</span>
          <input
            type="text"
            maxLength={100}
            value={state.workload.name}
            onChange={(e) => {
              const name = e.currentTarget.value;
              update((s) => ({ ...s, workload: { ...s.workload, name } }));
            }}
            className="mt-1 block w-full max-w-xl rounded-md border border-border bg-bg px-2 py-1"
          />
        </label>
        <label className="block">
          <span className="font-semibold">{labels.workloadDescription}</span>
          <textarea
            rows={2}
            maxLength={2000}
            value={state.workload.description}
            onChange={(e) => {
              const description = e.currentTarget.value;
              update((s) => ({ ...s, workload: { ...s.workload, description } }));
            }}
            className="mt-1 block w-full max-w-xl rounded-md border border-border bg-bg p-2"
          />
        </label>
        <p className="text-muted" data-testid="review-progress">
          {formatMessage(labels.progress, { answered, total: questions.length })}
        </p>
        <nav aria-label={labels.pillarTabs} className="print:hidden">
          <ul className="flex flex-wrap gap-2" role="list">
            {pillars.map(([id, name]) => {
              const active = shown === id;
              return (
                <li key={id}>
                  <button type="button" className={`btn ${active ? "" : "btn-secondary"}`} aria-pressed={active} onClick={() => setShown(id)} aria-label={formatMessage(labels.showPillar, { pillar: name })}>
                    {name}
                  </button>
                </li>
              );
            })}
            <li>
              <button type="button" className={`btn ${shown === "all" ? "" : "btn-secondary"}`} aria-pressed={shown === "all"} onClick={() => setShown("all")}>
                {labels.showAll}
              </button>
            </li>
          </ul>
          <details className="mt-3" data-testid="review-index">
            <summary className="cursor-pointer font-semibold">{formatMessage(labels.allQuestions, { count: questions.length })}</summary>
            <ol className="mt-2 columns-1 gap-6 text-sm sm:columns-2" role="list">
              {questions.map((q) => (
                <li key={q.id} className="break-inside-avoid">
                  <button type="button" className="text-left underline" onClick={() => reveal(q.id)}>
                    <span className="font-mono">{q.code}</span> {q.title}
                  </button>
                </li>
              ))}
            </ol>
          </details>
          <p className="mt-2 flex flex-wrap gap-x-4">
            <a href="#review-summary">{labels.summaryTitle}</a>
            <a href="#review-plan">{labels.planTitle}</a>
          </p>
        </nav>
      </section>

      {pillars.map(([pillar, name]) => {
        if (!isShown(pillar)) return null;
        const inPillar = questions.filter((q) => q.pillar === pillar);
        return (
          <section key={pillar} id={`pillar-${pillar}`} aria-labelledby={`pillar-${pillar}-title`} className="scroll-mt-24 space-y-6">
            <h2 id={`pillar-${pillar}-title`} className="text-2xl font-bold">
              {name} <span className="text-base font-normal text-muted">({formatMessage(labels.pillarQuestions, { count: inPillar.length })})</span>
            </h2>
            {inPillar.map((q) => (
              <ReviewQuestionBlock key={q.id} question={q} answer={state.answers[q.id]} labels={labels} onChange={(answer) => update((s) => setAnswer(s, q.id, answer))} />
            ))}
          </section>
        );
      })}

      <section id="review-summary" aria-labelledby="summary-title" className="scroll-mt-24">
        <h2 id="summary-title" className="text-2xl font-bold">
          {labels.summaryTitle}
        </h2>
        <div className="mt-3" data-testid="review-summary">
          <SummaryTable questions={questions} answers={state.answers} labels={labels} caption={labels.summaryTitle} />
        </div>
      </section>

      <section id="review-plan" aria-labelledby="plan-title" className="scroll-mt-24">
        <h2 id="plan-title" className="text-2xl font-bold">
          {labels.planTitle}
        </h2>
        <p className="mt-2">{labels.planLead}</p>
        {plan.length === 0 ? (
          <p className="mt-3 text-muted">{labels.planEmpty}</p>
        ) : (
          <ol className="mt-3 list-decimal space-y-2 pl-6" data-testid="review-plan">
            {plan.map(({ questionId, choice }) => (
              <li key={`${questionId}-${choice.id}`}>
                <button type="button" className="font-mono underline" onClick={() => reveal(questionId)}>
                  {byId.get(questionId)?.code}
                </button>{" "}
                <strong>{choice.title}</strong> <span className="text-sm text-muted">({labels.practiceRisk[choice.risk]})</span>
                <p className="text-sm">{choice.description}</p>
                <LearnLinks links={choice.links} label={labels.learn} className="text-sm" />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="milestones-title" className="print:hidden">
        <h2 id="milestones-title" className="text-2xl font-bold">
          {labels.milestonesTitle}
        </h2>
        <p className="mt-2">{labels.milestonesLead}</p>
        <form
          className="mt-3 flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            if (!milestoneName.trim()) return setMilestoneMessage({ ok: false, text: labels.milestoneNeedsName });
            update((s) => addMilestone(s, milestoneName, new Date()));
            setMilestoneMessage({ ok: true, text: formatMessage(labels.milestoneSaved, { name: milestoneName.trim() }) });
            setMilestoneName("");
          }}
        >
          <label className="block">
            <span className="font-semibold">{labels.milestoneName}</span>
            <input
              type="text"
              maxLength={100}
              value={milestoneName}
              onChange={(e) => setMilestoneName(e.currentTarget.value)}
              className="mt-1 block rounded-md border border-border bg-bg px-2 py-1"
            />
          </label>
          <button type="submit" className="btn">
            {labels.saveMilestone}
          </button>
        </form>
        {milestoneMessage ? (
          <p role={milestoneMessage.ok ? "status" : "alert"} className="mt-2">
            {milestoneMessage.text}
          </p>
        ) : null}
        {state.milestones.length === 0 ? (
          <p className="mt-3 text-muted">{labels.noMilestones}</p>
        ) : (
          <>
            <ul className="mt-3 space-y-1" role="list" data-testid="milestones">
              {state.milestones.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center gap-3">
                  <span>
                    <strong>{m.name}</strong> <span className="text-muted">{m.at.slice(0, 16).replace("T", " ")}</span>
                  </span>
                  <button type="button" className="text-sm underline" onClick={() => update((s) => removeMilestone(s, m.id))} aria-label={formatMessage(labels.deleteMilestone, { name: m.name })}>
                    ✕
                  </button>
                </li>
              ))}
            </ul>
            <label className="mt-4 block">
              <span className="font-semibold">{labels.compareWith}</span>
              <select value={compareId} onChange={(e) => setCompareId(e.currentTarget.value)} className="ml-3 rounded-md border border-border bg-bg px-2 py-1">
                <option value="">{labels.compareNone}</option>
                {state.milestones.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
            {compared ? (
              <div className="mt-4 space-y-4" data-testid="milestone-compare">
                <h3 className="text-lg font-semibold">{formatMessage(labels.compareTitle, { name: compared.name, date: compared.at.slice(0, 10) })}</h3>
                <SummaryTable questions={questions} answers={compared.answers} labels={labels} caption={`${labels.then}: ${compared.name}`} />
                <h4 className="font-semibold">{labels.changed}</h4>
                {(() => {
                  const changes = compareRisks(questions, compared.answers, state.answers);
                  if (changes.length === 0) return <p className="text-muted">{labels.noChange}</p>;
                  return (
                    <ul className="space-y-1" role="list">
                      {changes.map((c) => (
                        <li key={c.id}>
                          <button type="button" className="underline" onClick={() => reveal(c.id)}>
                            {c.code}
                          </button>{" "}
                          {c.title}: {labels.then} <RiskBadge risk={c.then} labels={labels} /> → {labels.now} <RiskBadge risk={c.now} labels={labels} />
                        </li>
                      ))}
                    </ul>
                  );
                })()}
              </div>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="export-title" className="print:hidden">
        <h2 id="export-title" className="text-2xl font-bold">
          {labels.exportTitle}
        </h2>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className="btn btn-secondary" onClick={() => downloadText(`ml-lens-review-${stamp}.md`, buildMarkdownReport(questions, state, labels, new Date(), origin), "text/markdown")}>
            {labels.exportMarkdown}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => downloadText(`ml-lens-review-${stamp}.json`, exportReviewJson(state, new Date(), edition), "application/json")}>
            {labels.exportJson}
          </button>
          {edition === "current" ? (
            <>
              {lensHref ? (
                <a className="btn btn-secondary" href={lensHref} download aria-describedby="lens-hint" data-testid="lens-download">
                  {labels.exportLens}
                </a>
              ) : null}
              <button
                type="button"
                className="btn btn-secondary"
                aria-describedby="cli-hint"
                onClick={() => downloadText(`ml-lens-answers-${stamp}.sh`, buildCliScript(questions, state.answers, { workloadName: state.workload.name, date: stamp }), "text/x-shellscript")}
              >
                {labels.exportCli}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn btn-secondary"
              aria-describedby="lens-hint"
              onClick={() => downloadText(`ml-lens-2020-custom-lens.json`, JSON.stringify(buildCustomLens(questions, labels, origin), null, 2), "application/json")}
            >
              {labels.exportLens}
            </button>
          )}
          <JsonFileInput label={labels.importJson} testId="import-review" onText={importFile} />
          <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
            {labels.print}
          </button>
        </div>
        <p id="lens-hint" className="mt-2 text-sm text-muted">
          {edition === "current" ? labels.downloadLensHint : labels.exportLensHint}
        </p>
        {edition === "current" ? (
          <p id="cli-hint" className="mt-1 text-sm text-muted">
            {labels.exportCliHint}
          </p>
        ) : null}
        {importMessage ? (
          <p role={importMessage.ok ? "status" : "alert"} className={`mt-3 font-semibold ${importMessage.ok ? "text-ok" : "text-bad"}`} data-testid="review-import-message">
            {importMessage.text}
          </p>
        ) : null}
      </section>
    </fieldset>
    </div>
  );
}
