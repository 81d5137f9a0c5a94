import type { Metadata } from "next";
import { QuizExamView } from "@/components/quiz/quiz-views";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/quiz/exam", title: t.quiz.examTitle, description: t.quiz.examLead });
}

export default async function QuizExamPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <QuizExamView locale={locale} />;
}
