"use client";

import { useCallback, useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { QuestionBank } from "@/lib/quiz/view";
import { DrillRunner } from "./drill-runner.client";
import { ExamRunner } from "./exam-runner.client";
import { PracticeRunner } from "./practice-runner.client";
import { QuizLoading, type QuizLabels } from "./question-card.client";

/** One fetch per page load and language, shared by every runner on the page. */
const banks = new Map<string, Promise<QuestionBank>>();

function loadBank(url: string): Promise<QuestionBank> {
  let bank = banks.get(url);
  if (!bank) {
    bank = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<QuestionBank>;
    });
    bank.catch(() => banks.delete(url));
    banks.set(url, bank);
  }
  return bank;
}

/**
 * The runners that draw across every set (exam, spaced review, drill, bookmarks) fetch the bank as one cacheable
 * JSON file instead of carrying it inside the page's HTML; until it arrives the question's space is kept, and a
 * failed fetch says so with a retry button.
 */
export function BankRunner({ kind, locale, bankUrl, labels, backHref }: { kind: "exam" | "review" | "drill" | "bookmarks"; locale: Locale; bankUrl: string; labels: QuizLabels; backHref: string }) {
  const [bank, setBank] = useState<QuestionBank | null>(null);
  const [failed, setFailed] = useState(false);

  const [attempt, setAttempt] = useState(0);

  // Fetching is the external system here; state is set only when it answers.
  useEffect(() => {
    let live = true;
    loadBank(bankUrl).then(
      (b) => live && setBank(b),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [bankUrl, attempt]);

  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);

  if (failed) {
    return (
      <div className="rounded-lg border border-border p-4" role="alert" data-testid="bank-failed">
        <p>{labels.bankFailed}</p>
        <button type="button" className="btn mt-3" onClick={retry}>
          {labels.retry}
        </button>
      </div>
    );
  }
  if (!bank) return <QuizLoading label={labels.loading} />;
  if (kind === "exam") return <ExamRunner sets={bank.sets} questions={bank.questions} labels={labels} backHref={backHref} />;
  if (kind === "drill") return <DrillRunner locale={locale} questions={bank.questions} labels={labels} backHref={backHref} />;
  return <PracticeRunner mode={kind} questions={bank.questions} labels={labels} backHref={backHref} />;
}
