import type { Metadata } from "next";
import { QuizReviewView } from "@/components/quiz/quiz-views";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";
import { getAllPlayQuestions } from "@/lib/quiz/view";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/quiz/review", title: t.quiz.dueTitle, description: t.quiz.reviewLead });
}

export default async function QuizReviewPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  const { questions } = await getAllPlayQuestions(locale);
  return <QuizReviewView locale={locale} questions={questions} />;
}
