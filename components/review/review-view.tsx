import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { LegacyQuestion } from "@/lib/review/migrate";
import type { ReviewEdition } from "@/lib/review/store";
import type { ReviewQuestionView } from "@/lib/review/view";
import { routes } from "@/lib/routes";
import { ReviewApp } from "./review-app.client";

export function ReviewView({ locale, edition, questions, legacy }: { locale: Locale; edition: ReviewEdition; questions: ReviewQuestionView[]; legacy?: LegacyQuestion[] }) {
  const t = getDictionary(locale);
  const practices = questions.reduce((n, q) => n + q.choices.length, 0);
  const editions = [
    { id: "current", label: t.review.editionCurrent, href: routes.review(locale) },
    { id: "2020", label: t.review.edition2020, href: routes.review2020(locale) },
  ] as const;
  return (
    <div className="max-w-5xl">
      <Breadcrumbs label={t.a11y.breadcrumbs} items={[{ label: t.nav.home, href: routes.home(locale) }, { label: t.review.title }]} />
      <h1 className="text-3xl font-bold">{t.review.title}</h1>
      <nav aria-label={t.review.editionNav} className="mt-3 print:hidden">
        <ul className="flex flex-wrap gap-x-4" role="list">
          {editions.map((e) => (
            <li key={e.id}>
              {e.id === edition ? (
                <a href={e.href} aria-current="page" className="font-semibold no-underline">
                  {e.label}
                </a>
              ) : (
                <a href={e.href}>{e.label}</a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-3 mb-8 max-w-3xl text-lg">{edition === "current" ? formatMessage(t.review.leadCurrent, { questions: questions.length, practices }) : t.review.lead2020}</p>
      <ReviewApp
        questions={questions}
        labels={t.review}
        edition={edition}
        {...(legacy ? { legacy } : {})}
        {...(edition === "current" ? { lensHref: routes.lensFile(locale) } : {})}
      />
    </div>
  );
}
