import type { Metadata } from "next";
import { QuizDrillView } from "@/components/quiz/quiz-views";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/quiz/drill", title: t.quiz.drillTitle, description: t.quiz.drillLead });
}

export default async function QuizDrillPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <QuizDrillView locale={locale} />;
}
