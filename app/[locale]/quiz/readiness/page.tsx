import type { Metadata } from "next";
import { QuizReadinessView } from "@/components/quiz/quiz-views";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";
import { getReadinessQuestions } from "@/lib/quiz/view";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/quiz/readiness", title: t.quiz.readinessTitle, description: t.quiz.readinessLead });
}

export default async function QuizReadinessPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <QuizReadinessView locale={locale} questions={await getReadinessQuestions()} />;
}
