"use client";

import { useEffect, useState } from "react";
import type { ExamId } from "@/lib/content/exam-blueprint";
import type { Locale } from "@/lib/i18n/locales";
import type { PlayQuestion } from "@/lib/quiz/attempt";
import { examFromParam } from "@/lib/quiz/runs";
import { PracticeRunner } from "./practice-runner.client";
import { QuizLoading, type QuizLabels } from "./question-card.client";

/** "Drill my weak areas" for the exam in `?exam=` (the page is static, so the exam is read in the browser). */
export function DrillRunner({ locale, questions, labels, backHref }: { locale: Locale; questions: PlayQuestion[]; labels: QuizLabels; backHref: string }) {
  const [exam, setExam] = useState<ExamId | null>(null);
  useEffect(() => {
    // Read once on arrival.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setExam(examFromParam(new URLSearchParams(window.location.search).get("exam"), locale));
  }, [locale]);
  if (!exam) return <QuizLoading label={labels.loading} />;
  return <PracticeRunner mode="drill" exam={exam} questions={questions.filter((q) => q.exams.includes(exam))} labels={labels} backHref={backHref} />;
}
