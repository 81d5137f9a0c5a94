"use client";

import { useEffect, useState } from "react";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { dueQuestionIds } from "@/lib/quiz/due";
import { peekProgress, PROGRESS_KEY, type ProgressPeek } from "@/lib/quiz/progress-peek";
import { continueTarget } from "@/lib/quiz/run-keys";
import { routes } from "@/lib/routes";
import type { StudyStatusLabels } from "./study-status-labels";

/** Saved progress, read lightly (no schema library or scheduler on the home page) and kept in step with other tabs. */
function useProgressPeek(): ProgressPeek | null {
  const [peek, setPeek] = useState<ProgressPeek | null>(null);
  useEffect(() => {
    const read = () => {
      let text: string | null = null;
      try {
        text = window.localStorage.getItem(PROGRESS_KEY);
      } catch {
        // Storage blocked: show the box without progress.
      }
      setPeek(peekProgress(text) ?? { cards: {}, sessions: {} });
    };
    read();
    const onStorage = (e: StorageEvent) => {
      if (e.key === PROGRESS_KEY) read();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);
  return peek;
}

/**
 * The home page's study box: what is due for review today and the unfinished run to continue, from the progress
 * saved in this browser. Its height is reserved, so the page does not move when progress is read.
 */
export function StudyStatus({ locale, questionIds, sets, labels }: { locale: Locale; questionIds: string[]; sets: { id: string; title: string }[]; labels: StudyStatusLabels }) {
  const progress = useProgressPeek();
  const known = new Set(questionIds);
  const due = progress ? dueQuestionIds(progress, new Date(), known).length : 0;
  const target = progress ? continueTarget(progress, locale, known, new Set(sets.map((s) => s.id))) : undefined;
  const targetName = target
    ? target.key.kind === "practice"
      ? (sets.find((s) => target.key.kind === "practice" && s.id === target.key.setId)?.title ?? labels.practiceMode)
      : { review: labels.dueTitle, drill: labels.drillTitle, bookmarks: labels.bookmarksTitle, exam: labels.examTitle }[target.key.kind]
    : undefined;

  return (
    <section aria-labelledby="study-status" className="min-h-[9rem] rounded-lg border border-border p-4" data-testid="study-status">
      <h2 id="study-status" className="text-xl font-bold">
        {labels.dueTitle}
      </h2>
      {progress ? (
        <>
          <p className="mt-2" data-testid="home-due">
            {due > 0 ? formatMessage(labels.dueCount, { count: due }) : labels.dueNone}
          </p>
          {target && targetName ? (
            <p className="mt-2" data-testid="home-continue">
              <span className="font-semibold">{labels.continueTitle}:</span> {targetName} · {formatMessage(labels.continueLine, { answered: target.answered, total: target.total })}{" "}
              <a href={target.href}>{labels.continueOpen}</a>
            </p>
          ) : null}
          <p className="mt-3 flex flex-wrap gap-3">
            {due > 0 ? (
              <a className="btn" href={routes.quizReview(locale)}>
                {labels.reviewNow}
              </a>
            ) : null}
            <a className="btn btn-secondary" href={routes.quizReadiness(locale)}>
              {labels.readinessLink}
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
