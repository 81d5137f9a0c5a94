import type { Metadata } from "next";
import { QuizHomeView } from "@/components/quiz/quiz-views";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";
import { getQuizHome } from "@/lib/quiz/view";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/quiz", title: t.quiz.title, description: t.entry.quiz });
}

export default async function QuizPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  const { sets, total } = await getQuizHome(locale);
  return <QuizHomeView locale={locale} sets={sets} total={total} />;
}
