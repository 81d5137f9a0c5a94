import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import type { ReviewQuestionView } from "@/lib/review/view";
import { routes } from "@/lib/routes";
import { ReviewApp } from "./review-app.client";

export function ReviewView({ locale, questions }: { locale: Locale; questions: ReviewQuestionView[] }) {
  const t = getDictionary(locale);
  return (
    <div className="max-w-5xl">
      <Breadcrumbs label={t.a11y.breadcrumbs} items={[{ label: t.nav.home, href: routes.home(locale) }, { label: t.review.title }]} />
      <h1 className="text-3xl font-bold">{t.review.title}</h1>
      <p className="mt-3 mb-8 max-w-3xl text-lg">{t.review.lead}</p>
      <ReviewApp questions={questions} labels={t.review} />
    </div>
  );
}
