import { formatMessage } from "@/lib/i18n/format";
import { examDomains, taskIds } from "@/lib/content/exam-blueprint";
import { percent, type AttemptScore } from "@/lib/quiz/attempt";
import type { SimulationResult } from "@/lib/quiz/simulation";
import type { QuizLabels } from "./question-card.client";

/** The overall score and a table of scores per topic. */
export function ScoreSummary({ score, labels }: { score: AttemptScore; labels: QuizLabels }) {
  return (
    <section aria-labelledby="quiz-results" data-testid="quiz-results">
      <h2 id="quiz-results" className="text-xl font-bold">
        {labels.resultsTitle}
      </h2>
      <p className="mt-2 text-lg" data-testid="quiz-score">
        {formatMessage(labels.score, { correct: score.correct, total: score.total, percent: percent(score.correct, score.total) })}
      </p>
      {score.byTopic.length > 1 ? (
        <table className="mt-4 w-full max-w-xl text-left">
          <caption className="text-left font-semibold">{labels.byTopic}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.topic}</th>
              <th scope="col">{labels.result}</th>
            </tr>
          </thead>
          <tbody>
            {score.byTopic.map((t) => (
              <tr key={t.topic}>
                <th scope="row" className="font-normal">
                  {t.topic}
                </th>
                <td>
                  {t.correct}/{t.total} ({percent(t.correct, t.total)}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

/** The buttons under a finished attempt: start again (when offered) and back to the sets. */
export function ResultActions({ again, againLabel, backHref, backLabel }: { again?: () => void; againLabel?: string; backHref: string; backLabel: string }) {
  return (
    <div className="mt-6 flex flex-wrap gap-3">
      {again && againLabel ? (
        <button type="button" className="btn" onClick={again}>
          {againLabel}
        </button>
      ) : null}
      <a className="btn btn-secondary" href={backHref}>
        {backLabel}
      </a>
    </div>
  );
}

/** A simulation's results per exam domain and per task statement, with what was left unanswered. */
export function SimulationBreakdown({ result, labels }: { result: SimulationResult; labels: QuizLabels }) {
  const rows = examDomains.map((d) => ({ key: d, label: labels.domain[d], t: result.byDomain[d] }));
  return (
    <section className="mt-6 space-y-4" data-testid="simulation-breakdown">
      <p>{formatMessage(labels.unansweredCount, { count: result.total - result.answered })}</p>
      <table className="w-full max-w-xl text-left">
        <caption className="text-left font-semibold">{labels.byDomain}</caption>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="font-normal">
                {r.label}
              </th>
              <td>
                {r.t.correct}/{r.t.total} ({percent(r.t.correct, r.t.total)}%)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="w-full max-w-xl text-left">
        <caption className="text-left font-semibold">{labels.byTask}</caption>
        <tbody>
          {taskIds
            .filter((t) => result.byTask[t])
            .map((t) => {
              const tally = result.byTask[t];
              return tally ? (
                <tr key={t}>
                  <th scope="row" className="font-normal">
                    {t} {labels.tasks[t]}
                  </th>
                  <td>
                    {tally.correct}/{tally.total} ({percent(tally.correct, tally.total)}%)
                  </td>
                </tr>
              ) : null;
            })}
        </tbody>
      </table>
    </section>
  );
}
