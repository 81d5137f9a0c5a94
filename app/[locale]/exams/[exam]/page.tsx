import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExamGuidePage } from "@/components/exams/exam-guide";
import { examStaticParams, getExamView } from "@/lib/content/exam-view";
import { isLocale } from "@/lib/i18n/locales";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { pageMetadata } from "@/lib/metadata";

export const dynamicParams = false;
export const generateStaticParams = examStaticParams;

type Params = Promise<{ locale: string; exam: string }>;

async function load(params: Params) {
  const { locale, exam } = await params;
  if (!isLocale(locale)) notFound();
  const view = await getExamView(locale, exam);
  if (!view) notFound();
  return { locale, view };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, view } = await load(params);
  return pageMetadata({ locale, path: `/exams/${view.id}`, title: formatMessage(getDictionary(locale).exam.title, { exam: view.name }), description: view.lead });
}

export default async function ExamPage({ params }: { params: Params }) {
  const { locale, view } = await load(params);
  return <ExamGuidePage locale={locale} view={view} />;
}
