import type { Metadata } from "next";
import { ReviewView } from "@/components/review/review-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";
import { getLegacyMap, getLensQuestions } from "@/lib/review/view";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/review", title: t.review.title, description: t.entry.review });
}

export default async function ReviewPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <ReviewView locale={locale} edition="current" questions={await getLensQuestions(locale)} legacy={await getLegacyMap()} />;
}
