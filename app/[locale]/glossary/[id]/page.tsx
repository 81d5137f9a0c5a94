import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TermDetail } from "@/components/glossary/term-detail";
import { getTermView, termStaticParams } from "@/lib/content/glossary-view";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";

export const dynamicParams = false;
export const generateStaticParams = termStaticParams;

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const view = await getTermView(locale, id);
  if (!view) notFound();
  return { locale, view };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, view } = await load(params);
  return pageMetadata({ locale, path: `/glossary/${view.term.id}`, title: view.term[locale].name, description: view.term[locale].short });
}

export default async function TermPage({ params }: { params: Params }) {
  const { locale, view } = await load(params);
  return <TermDetail locale={locale} view={view} />;
}
