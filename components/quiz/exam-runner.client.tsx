"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { formatMessage } from "@/lib/i18n/format";
import { drawQuestions, isAnswerCorrect, orderOptions, percent, scoreAttempt, type PlayQuestion } from "@/lib/quiz/attempt";
import { examForm, examIds, examLabels, type ExamId } from "@/lib/content/exam-blueprint";
import { recordAnswer, recordAttempt, setSession, type Progress, type Session } from "@/lib/quiz/progress";
import { drawSimulation, isAnswered, scoreSimulation } from "@/lib/quiz/simulation";
import { isValidSeed, newSeed } from "@/lib/quiz/random";
import { canResume, choose, formatClock, goTo, newSession, timeLeft, toggleFlag } from "@/lib/quiz/session";
import { ProgressNotices } from "./notices.client";
import { QuestionCard, QuizLoading, type QuizLabels } from "./question-card.client";
import { ResultActions, ScoreSummary, SimulationBreakdown } from "./score-summary";
import { useProgress } from "./use-progress.client";

const KEY = "exam";
const COUNTS = [10, 20, 30, 65] as const;

interface ExamSetup {
  sets: string[];
  count: number;
  minutes: number;
}

interface ExamRunnerProps {
  sets: { id: string; title: string; count: number }[];
  questions: PlayQuestion[];
  labels: QuizLabels;
  backHref: string;
}

function readSetup(params: URLSearchParams, allSets: string[]): ExamSetup | undefined {
  const n = Number(params.get("n"));
  const minutes = Number(params.get("min"));
  const sets = (params.get("sets") ?? "").split(",").filter((s) => allSets.includes(s));
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(minutes) || minutes < 1 || minutes > 600 || sets.length === 0) return undefined;
  return { sets, count: n, minutes };
}

function writeUrl(seed: string, setup: ExamSetup) {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ sets: setup.sets.join(","), n: String(setup.count), min: String(setup.minutes), seed }).toString();
  window.history.replaceState(window.history.state, "", url);
}

/**
 * Ends an exam: every answered question goes into the review schedule; a question not reached (or skipped) counts
 * as unanswered in the score but is not treated as missed. A simulation also joins the history of attempts.
 */
function finishExam(progress: Progress, session: Session, byId: ReadonlyMap<string, PlayQuestion>, now: Date): Progress {
  let after = progress;
  const questions: PlayQuestion[] = [];
  for (const id of session.order) {
    const question = byId.get(id);
    if (!question) continue;
    questions.push(question);
    const answer = session.answers[id];
    if (isAnswered(answer)) after = recordAnswer(after, id, isAnswerCorrect(question, answer ?? []), now);
  }
  if (session.exam && questions.length > 0) {
    const result = scoreSimulation(questions, session.answers);
    const minutes = Math.round(((Math.min(now.getTime(), Date.parse(session.endsAt ?? now.toISOString())) - Date.parse(session.startedAt)) / 60_000) * 10) / 10;
    after = recordAttempt(after, {
      exam: session.exam,
      at: now.toISOString(),
      correct: result.correct,
      answered: result.answered,
      total: result.total,
      minutes: Math.max(0, minutes),
      byDomain: Object.fromEntries(Object.entries(result.byDomain).map(([d, t]) => [d, { correct: t.correct, total: t.total }])),
    });
  }
  return setSession(after, KEY, { ...session, finished: true, checked: [...session.order] });
}

/** A timed exam across chosen sets: a timer, flags, free navigation, then results per topic and every explanation. */
export function ExamRunner({ sets, questions, labels, backHref }: ExamRunnerProps) {
  const handle = useProgress();
  const { progress, update } = handle;
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const allSetIds = useMemo(() => sets.map((s) => s.id), [sets]);
  const [now, setNow] = useState(() => new Date());
  const [timedOut, setTimedOut] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [form, setForm] = useState<ExamSetup>({ sets: allSetIds, count: 20, minutes: 40 });
  const [formError, setFormError] = useState("");
  const started = useRef(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const session = progress?.sessions[KEY];

  /** The standard form of an exam: 65 questions drawn to its domain weights, unseen first, 130 minutes. */
  const startSimulation = (exam: ExamId) => {
    const seed = newSeed();
    const seen = new Set(Object.keys(progress?.answers ?? {}));
    const order = drawSimulation(questions, exam, seed, seen).map((q) => q.id);
    const begin = new Date();
    update((p) => setSession(p, KEY, { ...newSession(order, seed, begin, new Date(begin.getTime() + examForm.minutes * 60_000)), exam }));
    const url = new URL(window.location.href);
    url.search = "";
    window.history.replaceState(window.history.state, "", url);
    setTimedOut(false);
    setConfirming(false);
    setNow(begin);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const start = (setup: ExamSetup, seed: string) => {
    const pool = questions.filter((q) => setup.sets.includes(q.setId));
    const order = drawQuestions(pool, setup.count, seed).map((q) => q.id);
    const begin = new Date();
    update((p) => setSession(p, KEY, newSession(order, seed, begin, new Date(begin.getTime() + setup.minutes * 60_000))));
    writeUrl(seed, setup);
    setTimedOut(false);
    setConfirming(false);
    setNow(begin);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  // A shared exam link (?sets=&n=&min=&seed=) starts that exam, unless it is the one already under way.
  useEffect(() => {
    if (!progress || started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const seed = params.get("seed");
    const setup = readSetup(params, allSetIds);
    const stored = progress.sessions[KEY];
    if (canResume(stored, new Set(byId.keys()), isValidSeed(seed) ? seed : undefined)) return;
    // A one-time start from the URL, after progress is read from the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (setup && isValidSeed(seed)) start(setup, seed);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [progress, allSetIds, byId]);

  // The clock: ticks every second while an exam runs, and ends it when time is up.
  useEffect(() => {
    if (!session || session.finished || session.endsAt === undefined) return;
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, [session]);

  useEffect(() => {
    if (!session || session.finished) return;
    if (timeLeft(session, now) === 0) {
      // The clock is external state: when it runs out, the exam ends.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setTimedOut(true);
      update((p) => (p.sessions[KEY] ? finishExam(p, p.sessions[KEY], byId, new Date()) : p));
    }
  }, [now, session, update, byId]);

  if (!progress) return <QuizLoading label={labels.loading} />;

  const ordered = session ? session.order.map((id) => byId.get(id)).filter((q): q is PlayQuestion => q !== undefined) : [];

  if (!session || ordered.length === 0) {
    const submit = (e: React.FormEvent) => {
      e.preventDefault();
      if (form.sets.length === 0) return setFormError(labels.setupNoSet);
      setFormError("");
      start(form, newSeed());
    };
    const history = [...progress.attempts].reverse().slice(0, 10);
    return (
      <div className="space-y-8">
      <ProgressNotices handle={handle} labels={labels} />
      <section aria-labelledby="simulation-title" className="rounded-lg border border-border p-4" data-testid="simulation-setup">
        <h2 id="simulation-title" className="text-xl font-bold">
          {labels.simulationTitle}
        </h2>
        <p className="mt-2">{formatMessage(labels.simulationLead, { count: examForm.questions, minutes: examForm.minutes })}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          {examIds.map((exam) => (
            <button key={exam} type="button" className="btn" onClick={() => startSimulation(exam)} data-testid={`start-${exam}`}>
              {formatMessage(labels.simulationStart, { exam: examLabels[exam].en })}
            </button>
          ))}
        </div>
        {history.length > 0 ? (
          <table className="mt-4 w-full max-w-xl text-left text-sm" data-testid="simulation-history">
            <caption className="text-left font-semibold">{labels.simulationHistory}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.simulationDate}</th>
                <th scope="col">{labels.simulationExam}</th>
                <th scope="col">{labels.result}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((a) => (
                <tr key={a.at}>
                  <td>{new Date(a.at).toLocaleString()}</td>
                  <td>{examLabels[a.exam].en}</td>
                  <td>
                    {a.correct}/{a.total} ({percent(a.correct, a.total)}%) · {formatMessage(labels.answeredCount, { answered: a.answered, total: a.total })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <form onSubmit={submit} className="space-y-5" data-testid="exam-setup">
        <h2 className="text-xl font-bold">{labels.customExamTitle}</h2>
        <fieldset>
          <legend className="font-semibold">{labels.setupSets}</legend>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2" role="list">
            {sets.map((s) => (
              <li key={s.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={form.sets.includes(s.id)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setForm((f) => ({ ...f, sets: checked ? [...f.sets, s.id] : f.sets.filter((x) => x !== s.id) }));
                    }}
                    className="size-4 accent-accent"
                  />
                  {s.title} <span className="text-sm text-muted">({formatMessage(labels.questionCount, { count: s.count })})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{labels.setupCount}</legend>
          <div className="mt-2 flex flex-wrap gap-4">
            {COUNTS.map((n) => (
              <label key={n} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="exam-count"
                  value={n}
                  checked={form.count === n}
                  onChange={() => setForm((f) => ({ ...f, count: n, minutes: Math.round(n * 2) }))}
                  className="size-4 accent-accent"
                />
                {n}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block">
          <span className="font-semibold">{labels.setupMinutes}</span>
          <input
            type="number"
            min={1}
            max={600}
            value={form.minutes}
            onChange={(e) => {
              const minutes = Math.max(1, Math.min(600, Number(e.currentTarget.value) || 1));
              setForm((f) => ({ ...f, minutes }));
            }}
            className="ml-3 w-24 rounded-md border border-border bg-bg px-2 py-1"
          />
        </label>
        {formError ? (
          <p role="alert" className="text-bad">
            {formError}
          </p>
        ) : null}
        <button type="submit" className="btn">
          {labels.setupStart}
        </button>
      </form>
      </div>
    );
  }

  if (session.finished) {
    const score = scoreAttempt(ordered, session.answers);
    return (
      <div>
        {timedOut ? (
          <p role="alert" className="mb-4 font-semibold">
            {labels.timeUp}
          </p>
        ) : null}
        <ScoreSummary score={score} labels={labels} />
        {session.exam ? <SimulationBreakdown result={scoreSimulation(ordered, session.answers)} labels={labels} /> : null}
        <div className="mt-6 space-y-6">
          {ordered.map((q, i) => (
            <QuestionCard
              key={q.id}
              question={q}
              options={orderOptions(q.id, q.options, session.seed)}
              seed={session.seed}
              chosen={session.answers[q.id] ?? []}
              onChoose={() => undefined}
              revealed
              labels={labels}
              position={{ n: i + 1, total: ordered.length }}
            />
          ))}
        </div>
        <ResultActions again={() => update((p) => setSession(p, KEY, undefined))} againLabel={labels.examStart} backHref={backHref} backLabel={labels.backToSets} />
      </div>
    );
  }

  const index = Math.min(session.index, ordered.length - 1);
  const question = ordered[index] as PlayQuestion;
  const left = timeLeft(session, now) ?? 0;
  const answered = ordered.filter((q) => (session.answers[q.id] ?? []).length > 0).length;
  const flagged = session.flagged.includes(question.id);
  const move = (to: number) => {
    update((p) => (p.sessions[KEY] ? setSession(p, KEY, goTo(p.sessions[KEY], to)) : p));
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const submit = () => {
    if (answered < ordered.length && !confirming) return setConfirming(true);
    update((p) => (p.sessions[KEY] ? finishExam(p, p.sessions[KEY], byId, new Date()) : p));
    setConfirming(false);
  };

  return (
    <div>
      <ProgressNotices handle={handle} labels={labels} />
      <div className="sticky top-16 z-10 mb-4 flex flex-wrap items-center justify-between gap-3 rounded-md border border-border bg-surface px-4 py-2">
        <p>
          {labels.timeLeft}:{" "}
          <span role="timer" aria-live="off" className="font-mono font-bold" data-testid="exam-timer">
            {formatClock(left)}
          </span>
        </p>
        <p className="text-sm">
          {formatMessage(labels.answeredCount, { answered, total: ordered.length })} · {formatMessage(labels.flaggedCount, { count: session.flagged.length })}
        </p>
      </div>
      <QuestionCard
        question={question}
        options={orderOptions(question.id, question.options, session.seed)}
        seed={session.seed}
        chosen={session.answers[question.id] ?? []}
        onChoose={(ids) => update((p) => (p.sessions[KEY] ? setSession(p, KEY, choose(p.sessions[KEY], question.id, ids)) : p))}
        revealed={false}
        labels={labels}
        position={{ n: index + 1, total: ordered.length }}
        headingRef={headingRef}
      >
        <button type="button" className="btn btn-secondary" onClick={() => move(index - 1)} disabled={index === 0}>
          {labels.previous}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          aria-pressed={flagged}
          onClick={() => update((p) => (p.sessions[KEY] ? setSession(p, KEY, toggleFlag(p.sessions[KEY], question.id)) : p))}
        >
          {flagged ? `⚑ ${labels.flagged}` : labels.flag}
        </button>
        {index < ordered.length - 1 ? (
          <button type="button" className="btn" onClick={() => move(index + 1)}>
            {labels.next}
          </button>
        ) : null}
      </QuestionCard>
      <nav aria-label={labels.questionNav} className="mt-6">
        <h2 className="mb-2 font-semibold">{labels.questionNav}</h2>
        <ol className="flex flex-wrap gap-2" role="list">
          {ordered.map((q, i) => {
            const done = (session.answers[q.id] ?? []).length > 0;
            const flag = session.flagged.includes(q.id);
            const state = [done ? "" : labels.unanswered, flag ? labels.flagged : ""].filter(Boolean).join(", ");
            return (
              <li key={q.id}>
                <button
                  type="button"
                  onClick={() => move(i)}
                  aria-current={i === index ? "step" : undefined}
                  aria-label={`${i + 1}${state ? ` (${state})` : ""}`}
                  className={`min-w-10 rounded-md border px-2 py-1 ${i === index ? "border-accent font-bold" : "border-border"} ${done ? "bg-surface" : ""}`}
                >
                  {i + 1}
                  {flag ? " ⚑" : ""}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <div className="mt-6">
        {confirming ? (
          <p role="alert" className="mb-2 font-semibold">
            {formatMessage(labels.confirmSubmit, { count: ordered.length - answered })}
          </p>
        ) : null}
        <button type="button" className="btn" onClick={submit} data-testid="submit-exam">
          {labels.submitExam}
        </button>
      </div>
    </div>
  );
}
