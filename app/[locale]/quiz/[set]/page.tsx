import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuizSetPageView } from "@/components/quiz/quiz-views";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { getQuizSetView, quizSetStaticParams } from "@/lib/quiz/view";

export const dynamicParams = false;
export const generateStaticParams = quizSetStaticParams;

type Params = Promise<{ locale: string; set: string }>;

async function load(params: Params) {
  const { locale, set } = await params;
  if (!isLocale(locale)) notFound();
  const view = await getQuizSetView(locale, set);
  if (!view) notFound();
  return { locale, view };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, view } = await load(params);
  return pageMetadata({ locale, path: `/quiz/${view.id}`, title: view.title, description: view.description });
}

export default async function QuizSetPage({ params }: { params: Params }) {
  const { locale, view } = await load(params);
  return <QuizSetPageView locale={locale} view={view} />;
}
