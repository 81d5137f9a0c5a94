"use client";

import { useEffect, useState, type ReactNode } from "react";
import { domainWeights, examDomains, examIds, examLabels, taskIds, type ExamId } from "@/lib/content/exam-blueprint";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { PlayQuestion } from "@/lib/quiz/attempt";
import { readiness, weakestTasks, type AreaFigures } from "@/lib/quiz/readiness";
import { examFromParam } from "@/lib/quiz/runs";
import { routes } from "@/lib/routes";
import { ProgressNotices } from "./notices.client";
import { QuizLoading, type QuizLabels } from "./question-card.client";
import { useProgress } from "./use-progress.client";

export type ReadinessQuestion = Pick<PlayQuestion, "id" | "domainId" | "tasks" | "exams">;

function Cells({ f, labels }: { f: AreaFigures; labels: QuizLabels }) {
  const dash = <span aria-label={labels.readinessNone}>–</span>;
  return (
    <>
      <td className="tabular-nums">
        {f.seen}/{f.total}
      </td>
      <td className="tabular-nums">{f.accuracy === undefined ? dash : `${f.accuracy}%`}</td>
      <td className="tabular-nums">{f.retention === undefined ? dash : `${f.retention}%`}</td>
      <td className="tabular-nums">{f.due}</td>
    </>
  );
}

function Head({ first, labels }: { first: string; labels: QuizLabels }) {
  return (
    <thead>
      <tr className="border-b border-border">
        <th scope="col">{first}</th>
        <th scope="col">{labels.readinessSeen}</th>
        <th scope="col">{labels.readinessAccuracy}</th>
        <th scope="col">{labels.readinessRetention}</th>
        <th scope="col">{labels.readinessDue}</th>
      </tr>
    </thead>
  );
}

/** One table of figures (by domain or by task), in a named scroll region with a tab stop for phones. */
function AreaTable({ title, first, testId, labels, rows }: { title: string; first: string; testId: string; labels: QuizLabels; rows: { key: string; label: ReactNode; figures: AreaFigures; testId?: string }[] }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={title} tabIndex={0}>
      <table className="w-full min-w-[36rem] text-left" data-testid={testId}>
        <caption className="mb-2 text-left text-lg font-bold">{title}</caption>
        <Head first={first} labels={labels} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-border" data-testid={row.testId}>
              <th scope="row" className="py-1 pr-3 font-normal">
                {row.label}
              </th>
              <Cells f={row.figures} labels={labels} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Where the learner stands for one exam, from the progress saved in this browser: per domain and task statement,
 * questions seen of the bank's total, the share last answered right, spaced-review retention and what is due;
 * then the weakest tasks and a drill built from them.
 */
export function ReadinessView({ locale, questions, labels }: { locale: Locale; questions: ReadinessQuestion[]; labels: QuizLabels }) {
  const handle = useProgress();
  const { progress } = handle;
  const [exam, setExam] = useState<ExamId | null>(null);

  useEffect(() => {
    // The exam comes from ?exam= (the page is static), read once on arrival.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setExam(examFromParam(new URLSearchParams(window.location.search).get("exam"), locale));
  }, [locale]);

  const choose = (next: ExamId) => {
    setExam(next);
    const url = new URL(window.location.href);
    url.searchParams.set("exam", next);
    window.history.replaceState(window.history.state, "", url);
  };

  if (!progress || !exam) return <QuizLoading label={labels.loading} />;

  const r = readiness(questions, progress, exam, new Date());
  const weak = r.overall.seen > 0 ? weakestTasks(r) : [];
  const bookmarks = progress.bookmarks.filter((id) => questions.some((q) => q.id === id)).length;

  return (
    <div className="space-y-8">
      <ProgressNotices handle={handle} labels={labels} />
      <div role="group" aria-label={labels.readinessExam} className="flex flex-wrap gap-2">
        {examIds.map((id) => (
          <button key={id} type="button" className={id === exam ? "btn" : "btn btn-secondary"} aria-pressed={id === exam} onClick={() => choose(id)} data-testid={`readiness-${id}`}>
            {examLabels[id][locale]}
          </button>
        ))}
      </div>

      <section aria-labelledby="readiness-overall" className="rounded-lg border border-border p-4">
        <h2 id="readiness-overall" className="text-xl font-bold">
          {formatMessage(labels.readinessFor, { exam: examLabels[exam][locale] })}
        </h2>
        <p className="mt-2" data-testid="readiness-summary">
          {formatMessage(labels.readinessSummary, {
            seen: r.overall.seen,
            total: r.overall.total,
            accuracy: r.overall.accuracy ?? 0,
            due: r.overall.due,
          })}
        </p>
        {r.overall.retention !== undefined ? <p className="mt-1">{formatMessage(labels.readinessRetentionLine, { retention: r.overall.retention, cards: r.overall.cards })}</p> : null}
        {r.overall.seen === 0 ? <p className="mt-2 text-muted">{labels.readinessEmpty}</p> : null}
        <p className="mt-3 flex flex-wrap gap-3">
          <a className="btn" href={routes.quizDrill(locale, exam)} data-testid="drill-link">
            {labels.drillStart}
          </a>
          <a className="btn btn-secondary" href={routes.exam(locale, exam)}>
            {formatMessage(labels.examGuideLink, { exam: examLabels[exam][locale] })}
          </a>
          <a className="btn btn-secondary" href={routes.quizBookmarks(locale)}>
            {formatMessage(labels.bookmarksLink, { count: bookmarks })}
          </a>
        </p>
        {weak.length > 0 ? (
          <div className="mt-4">
            <h3 className="font-semibold">{labels.weakestTitle}</h3>
            <ol className="mt-1 list-decimal pl-6" data-testid="weakest-tasks">
              {weak.map((t) => (
                <li key={t}>
                  <a href={`${routes.exam(locale, exam)}#task-${t.replace(".", "-")}`}>
                    {t} {labels.tasks[t]}
                  </a>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </section>

      <AreaTable
        title={labels.byDomain}
        first={labels.readinessDomain}
        testId="readiness-domains"
        labels={labels}
        rows={examDomains.map((d) => ({
          key: d,
          label: (
            <>
              {labels.domain[d]} <span className="text-muted">({formatMessage(labels.readinessWeight, { weight: domainWeights[exam][d] })})</span>
            </>
          ),
          figures: r.byDomain[d],
        }))}
      />
      <AreaTable
        title={labels.byTask}
        first={labels.readinessTask}
        testId="readiness-tasks"
        labels={labels}
        rows={taskIds.map((t) => ({ key: t, label: `${t} ${labels.tasks[t]}`, figures: r.byTask[t], testId: `readiness-task-${t}` }))}
      />
      <p className="text-sm text-muted">{labels.readinessHow}</p>
    </div>
  );
}
