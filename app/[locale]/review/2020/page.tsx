import type { Metadata } from "next";
import { ReviewView } from "@/components/review/review-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";
import { getReviewQuestions } from "@/lib/review/view";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/review/2020", title: `${t.review.title}: ${t.review.edition2020}`, description: t.review.lead2020 });
}

export default async function Review2020Page({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <ReviewView locale={locale} edition="2020" questions={await getReviewQuestions(locale)} />;
}
