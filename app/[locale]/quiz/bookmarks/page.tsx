import type { Metadata } from "next";
import { QuizBookmarksView } from "@/components/quiz/quiz-views";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/quiz/bookmarks", title: t.quiz.bookmarksTitle, description: t.quiz.bookmarksLead });
}

export default async function QuizBookmarksPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <QuizBookmarksView locale={locale} />;
}
