import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { BacklinkList } from "@/components/layout/backlink-list";
import type { TermView } from "@/lib/content/glossary-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { otherLocale, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

export function TermDetail({ locale, view }: { locale: Locale; view: TermView }) {
  const t = getDictionary(locale);
  const { term } = view;
  const other = otherLocale(locale);
  const text = term[locale];
  return (
    <article className="max-w-3xl">
      <Breadcrumbs
        label={t.a11y.breadcrumbs}
        items={[
          { label: t.nav.home, href: routes.home(locale) },
          { label: t.glossary.title, href: routes.glossary(locale) },
          { label: text.name },
        ]}
      />
      <h1 className="text-3xl font-bold">{text.name}</h1>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
        {locale === "ja" ? (
          <div className="flex gap-2">
            <dt>{t.glossary.reading}</dt>
            <dd>{term.ja.reading}</dd>
          </div>
        ) : null}
        <div className="flex gap-2">
          <dt>{t.glossary.otherLanguage}</dt>
          <dd lang={other}>{term[other].name}</dd>
        </div>
        {term.aliases.length > 0 ? (
          <div className="flex gap-2">
            <dt>{t.glossary.aliases}</dt>
            <dd>{term.aliases.join(" / ")}</dd>
          </div>
        ) : null}
      </dl>
      <p className="mt-6 text-lg font-medium">{text.short}</p>
      <div className="prose mt-4">
        {text.body.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {view.relatedTerms.length > 0 ? (
        <section aria-labelledby="related-terms" className="mt-10">
          <h2 id="related-terms" className="text-xl font-bold">
            {t.glossary.relatedTerms}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {view.relatedTerms.map((r) => (
              <li key={r.id}>
                <Link href={routes.term(locale, r.id)} className="inline-block rounded-full border border-border px-3 py-1 text-sm no-underline hover:bg-surface">
                  {r[locale].name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.relatedServices.length > 0 ? (
        <section aria-labelledby="related-services" className="mt-8">
          <h2 id="related-services" className="text-xl font-bold">
            {t.glossary.relatedServices}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {view.relatedServices.map((s) => (
              <li key={s.id}>
                <Link href={routes.service(locale, s.id)} className="inline-block rounded-full border border-border px-3 py-1 text-sm no-underline hover:bg-surface">
                  {s.name[locale]}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.relatedLessons.length > 0 ? (
        <section aria-labelledby="related-lessons" className="mt-8">
          <h2 id="related-lessons" className="text-xl font-bold">
            {t.glossary.relatedLessons}
          </h2>
          <ul className="mt-3 list-disc pl-5">
            {view.relatedLessons.map((l) => (
              <li key={l.slug}>
                <Link href={routes.lesson(locale, l.slug)}>{l.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.linkedFrom.length > 0 ? (
        <section aria-labelledby="linked-from" className="mt-8">
          <h2 id="linked-from" className="text-xl font-bold">
            {t.glossary.linkedFrom}
          </h2>
          <div className="mt-3">
            <BacklinkList items={view.linkedFrom} empty="" />
          </div>
        </section>
      ) : null}
    </article>
  );
}
