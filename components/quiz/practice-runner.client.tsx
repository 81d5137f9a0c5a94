"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { formatMessage } from "@/lib/i18n/format";
import { canSubmit, isAnswerCorrect, orderOptions, scoreAttempt, type PlayQuestion } from "@/lib/quiz/attempt";
import type { ExamId } from "@/lib/content/exam-blueprint";
import { recordAnswer, recordBest, setSession, toggleBookmark, type Session } from "@/lib/quiz/progress";
import { isValidSeed, newSeed } from "@/lib/quiz/random";
import { missedInSession, runKey, runOrder, type RunKind } from "@/lib/quiz/runs";
import { canResume, choose, goTo, markChecked, newSession } from "@/lib/quiz/session";
import { ProgressNotices } from "./notices.client";
import { QuestionCard, QuizLoading, type QuizLabels } from "./question-card.client";
import { ResultActions, ScoreSummary } from "./score-summary";
import { useProgress } from "./use-progress.client";

interface PracticeRunnerProps {
  /**
   * "practice": one set in order; "review": the questions due for spaced review, across sets; "drill": the weak
   * areas of one exam plus what is due; "bookmarks": the questions the learner bookmarked.
   */
  mode: RunKind;
  /** For practice, the set's id: where the best score is kept. */
  setId?: string;
  /** For a drill, the exam whose weak areas it drills. */
  exam?: ExamId;
  questions: PlayQuestion[];
  labels: QuizLabels;
  backHref: string;
}

function setUrlSeed(seed: string) {
  const url = new URL(window.location.href);
  url.searchParams.set("seed", seed);
  url.searchParams.delete("q");
  window.history.replaceState(window.history.state, "", url);
}

/** Answer, check, read every explanation, go on. The attempt survives reloads; ?seed= replays its order. */
export function PracticeRunner({ mode, setId, exam, questions, labels, backHref }: PracticeRunnerProps) {
  const handle = useProgress();
  const { progress, update } = handle;
  const key = runKey(mode, { setId, exam });
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const [continued, setContinued] = useState(false);
  const started = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const session: Session | undefined = progress?.sessions[key];

  // Start or resume once progress is read.
  useEffect(() => {
    if (!progress || started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const urlSeed = params.get("seed");
    const wanted = isValidSeed(urlSeed) ? urlSeed : undefined;
    const stored = progress.sessions[key];
    const known = new Set(byId.keys());
    const jumpTo = params.get("q");
    if (canResume(stored, known, wanted) && !(stored.finished && jumpTo)) {
      // Runs once, after progress is read from the browser.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (!stored.finished && (stored.index > 0 || Object.keys(stored.answers).length > 0)) setContinued(true);
      let resumed = stored;
      if (jumpTo && stored.order.includes(jumpTo)) resumed = goTo(stored, stored.order.indexOf(jumpTo));
      if (resumed !== stored) update((p) => setSession(p, key, resumed));
      setUrlSeed(stored.seed);
      return;
    }
    const seed = wanted ?? newSeed();
    const order = runOrder(mode, questions, progress, new Date(), seed, exam);
    let fresh = newSession(order, seed, new Date());
    if (jumpTo && order.includes(jumpTo)) fresh = goTo(fresh, order.indexOf(jumpTo));
    update((p) => setSession(p, key, fresh));
    setUrlSeed(seed);
  }, [progress, key, byId, mode, exam, questions, update]);

  if (!progress || !session) {
    return <QuizLoading label={labels.loading} />;
  }

  /** A new attempt: the whole run again in a new order, or only the given questions (the ones just missed). */
  const restart = (only?: string[]) => {
    const seed = newSeed();
    const order = only ?? runOrder(mode, questions, progress, new Date(), seed, exam);
    update((p) => setSession(p, key, newSession(order, seed, new Date())));
    setUrlSeed(seed);
    setContinued(false);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const ordered = session.order.map((id) => byId.get(id)).filter((q): q is PlayQuestion => q !== undefined);

  if (ordered.length === 0) {
    return (
      <div>
        <ProgressNotices handle={handle} labels={labels} />
        <p data-testid="review-empty">{mode === "review" ? labels.dueNone : mode === "bookmarks" ? labels.bookmarksNone : mode === "drill" ? labels.drillNone : labels.loading}</p>
        <p className="mt-4">
          <a href={backHref}>{labels.backToSets}</a>
        </p>
      </div>
    );
  }

  if (session.finished) {
    const score = scoreAttempt(ordered, session.answers);
    const missed = missedInSession(session, ordered);
    return (
      <div>
        <ProgressNotices handle={handle} labels={labels} />
        {mode === "review" ? <p className="mb-4">{labels.reviewDone}</p> : null}
        <ScoreSummary score={score} labels={labels} />
        <ol className="mt-6 space-y-1" aria-label={labels.questionNav}>
          {ordered.map((q, i) => {
            const right = isAnswerCorrect(q, session.answers[q.id] ?? []);
            return (
              <li key={q.id}>
                <span aria-hidden="true">{right ? "✓" : "✗"}</span> {i + 1}. {q.scenario.slice(0, 80)}
                {q.scenario.length > 80 ? "…" : ""} <span className="sr-only">{right ? labels.correct : labels.wrongOption}</span>
              </li>
            );
          })}
        </ol>
        {missed.length > 0 ? (
          <p className="mt-6">
            <button type="button" className="btn" onClick={() => restart(missed)} data-testid="retry-missed">
              {formatMessage(labels.retryMissed, { count: missed.length })}
            </button>
          </p>
        ) : null}
        <ResultActions again={mode === "review" ? undefined : () => restart()} againLabel={mode === "drill" ? labels.drillAgain : labels.restart} backHref={backHref} backLabel={labels.backToSets} />
      </div>
    );
  }

  const index = Math.min(session.index, ordered.length - 1);
  const question = ordered[index] as PlayQuestion;
  const chosen = session.answers[question.id] ?? [];
  const revealed = session.checked.includes(question.id);
  const options = orderOptions(question.id, question.options, session.seed);
  const last = index === ordered.length - 1;
  const bookmarked = progress.bookmarks.includes(question.id);

  const check = () => {
    if (revealed || !canSubmit(question, chosen)) return;
    const now = new Date();
    update((p) => {
      const current = p.sessions[key];
      if (!current) return p;
      return setSession(recordAnswer(p, question.id, isAnswerCorrect(question, chosen), now), key, markChecked(current, question.id));
    });
    // Focus the result, not the next button: the reader hears it, stays where the explanations start, and can
    // scroll them with Space before moving on.
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  const next = () => {
    update((p) => {
      const current = p.sessions[key];
      if (!current) return p;
      if (!last) return setSession(p, key, goTo(current, index + 1));
      const finished = { ...current, finished: true };
      let after = setSession(p, key, finished);
      // Only a run through the whole set is a score for the set, not a retry of the questions missed.
      if (mode === "practice" && setId && finished.order.length === questions.length) {
        const score = scoreAttempt(ordered, finished.answers);
        after = recordBest(after, setId, score.correct, score.total, new Date());
      }
      return after;
    });
    setContinued(false);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  return (
    <div>
      <ProgressNotices handle={handle} labels={labels} />
      {continued ? (
        <p className="mb-3 text-sm text-muted" data-testid="continued">
          {labels.continued}
        </p>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (revealed) next();
          else check();
        }}
      >
        <QuestionCard
          question={question}
          options={options}
          chosen={chosen}
          onChoose={(ids) => update((p) => (p.sessions[key] ? setSession(p, key, choose(p.sessions[key], question.id, ids)) : p))}
          revealed={revealed}
          labels={labels}
          position={{ n: index + 1, total: ordered.length }}
          seed={session.seed}
          headingRef={headingRef}
          feedbackRef={feedbackRef}
        >
          {index > 0 ? (
            <button type="button" className="btn btn-secondary" onClick={() => update((p) => (p.sessions[key] ? setSession(p, key, goTo(p.sessions[key], index - 1)) : p))}>
              {labels.previous}
            </button>
          ) : null}
          <button type="button" className="btn btn-secondary" aria-pressed={bookmarked} onClick={() => update((p) => toggleBookmark(p, question.id))} data-testid="bookmark">
            <span aria-hidden="true">{bookmarked ? "★" : "☆"}</span> {labels.bookmark}
          </button>
          {revealed ? (
            <button ref={nextRef} type="submit" className="btn">
              {last ? labels.finish : labels.next}
            </button>
          ) : (
            <button type="submit" className="btn" disabled={!canSubmit(question, chosen)}>
              {labels.check}
            </button>
          )}
        </QuestionCard>
      </form>
      <p className="mt-3 text-sm text-muted">
        {formatMessage(labels.answeredCount, { answered: session.checked.filter((id) => byId.has(id)).length, total: ordered.length })}
      </p>
    </div>
  );
}
