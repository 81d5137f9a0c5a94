"use client";

import { useState } from "react";
import { downloadText } from "@/components/layout/download.client";
import { JsonFileInput } from "@/components/layout/json-file-input.client";
import { formatMessage } from "@/lib/i18n/format";
import { percent } from "@/lib/quiz/attempt";
import { dueQuestionIds, exportProgress, importProgress } from "@/lib/quiz/progress";
import type { QuizSetSummary } from "@/lib/quiz/view";
import { ProgressNotices } from "./notices.client";
import type { QuizLabels } from "./question-card.client";
import { useProgress } from "./use-progress.client";

interface QuizDashboardProps {
  sets: QuizSetSummary[];
  labels: QuizLabels;
  reviewHref: string;
  examHref: string;
  readinessHref: string;
  bookmarksHref: string;
}

/** The sets with the learner's best scores, what is due for review today, and export / import of progress. */
export function QuizDashboard({ sets, labels, reviewHref, examHref, readinessHref, bookmarksHref }: QuizDashboardProps) {
  const handle = useProgress();
  const { progress } = handle;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const known = new Set(sets.flatMap((s) => s.questionIds));
  const due = progress ? dueQuestionIds(progress, new Date(), known) : [];
  const dueSet = new Set(due);

  const download = () => {
    if (!progress) return;
    downloadText(`sagemaker-ai-study-progress-${new Date().toISOString().slice(0, 10)}.json`, exportProgress(progress, new Date()), "application/json");
  };

  const upload = (text: string) => {
    const result = importProgress(text);
    if (result.ok) {
      handle.replace(result.progress);
      setMessage({
        ok: true,
        text: result.migratedFrom ? formatMessage(labels.importDoneMigrated, { from: result.migratedFrom }) : labels.importDone,
      });
    } else {
      setMessage({ ok: false, text: formatMessage(labels.importFailed, { reason: result.error }) });
    }
  };

  return (
    <div className="space-y-10">
      <ProgressNotices handle={handle} labels={labels} />
      <section aria-labelledby="due-title" className="rounded-lg border border-border p-4">
        <h2 id="due-title" className="text-xl font-bold">
          {labels.dueTitle}
        </h2>
        <p className="mt-2" data-testid="due-summary">
          {!progress ? labels.loading : due.length > 0 ? formatMessage(labels.dueCount, { count: due.length }) : labels.dueNone}
        </p>
        <p className="mt-3 flex flex-wrap gap-3">
          {due.length > 0 ? (
            <a className="btn" href={reviewHref}>
              {labels.reviewNow}
            </a>
          ) : null}
          <a className="btn btn-secondary" href={readinessHref} data-testid="readiness-link">
            {labels.readinessLink}
          </a>
          <a className="btn btn-secondary" href={bookmarksHref}>
            {formatMessage(labels.bookmarksLink, { count: progress ? progress.bookmarks.filter((id) => known.has(id)).length : 0 })}
          </a>
        </p>
      </section>

      <section aria-labelledby="sets-title">
        <h2 id="sets-title" className="text-xl font-bold">
          {labels.setsTitle}
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-2" role="list" data-testid="quiz-sets">
          {sets.map((set) => {
            const best = progress?.best[set.id];
            const dueHere = set.questionIds.filter((id) => dueSet.has(id)).length;
            return (
              <li key={set.id} className="flex flex-col rounded-lg border border-border p-4">
                <h3 className="text-lg font-semibold">
                  <a href={set.href}>{set.title}</a>
                </h3>
                <p className="mt-1 flex-1 text-sm">{set.description}</p>
                <p className="mt-2 text-sm text-muted">
                  {formatMessage(labels.questionCount, { count: set.count })} ·{" "}
                  <span data-testid={`best-${set.id}`}>
                    {best ? formatMessage(labels.best, { correct: best.correct, total: best.total, percent: percent(best.correct, best.total) }) : labels.notTried}
                  </span>
                  {dueHere > 0 ? <> · {formatMessage(labels.dueInSet, { count: dueHere })}</> : null}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="exam-title" className="rounded-lg border border-border p-4">
        <h2 id="exam-title" className="text-xl font-bold">
          {labels.examTitle}
        </h2>
        <p className="mt-2">{labels.examLead}</p>
        <a className="btn mt-3" href={examHref}>
          {labels.examStart}
        </a>
      </section>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title" className="text-xl font-bold">
          {labels.progressTitle}
        </h2>
        <p className="mt-2">{labels.progressLead}</p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="button" className="btn btn-secondary" onClick={download} disabled={!progress}>
            {labels.export}
          </button>
          <JsonFileInput label={labels.import} testId="import-progress" onText={upload} />
        </div>
        {message ? (
          <p role={message.ok ? "status" : "alert"} className={`mt-3 font-semibold ${message.ok ? "text-ok" : "text-bad"}`} data-testid="import-message">
            {message.text}
          </p>
        ) : null}
      </section>
    </div>
  );
}
