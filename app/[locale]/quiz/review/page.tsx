import type { Metadata } from "next";
import { QuizReviewView } from "@/components/quiz/quiz-views";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/quiz/review", title: t.quiz.dueTitle, description: t.quiz.reviewLead });
}

export default async function QuizReviewPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <QuizReviewView locale={locale} />;
}
