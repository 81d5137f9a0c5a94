import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { formatDate } from "@/components/lesson/lesson-meta";
import { Callout } from "@/components/mdx/callout";
import { BacklinkList } from "@/components/layout/backlink-list";
import type { ServiceView } from "@/lib/content/catalogue";
import { layerLabels, lifecycleLabels, phaseLabels, pillarLabels } from "@/lib/content/taxonomy";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { StatusBadge, statusTone } from "./status-badge";

export function ServiceDetail({ locale, view }: { locale: Locale; view: ServiceView }) {
  const t = getDictionary(locale);
  const { service, related, replacement, taughtIn } = view;
  const status = service.status;
  const retired = status.state !== "available";
  return (
    <article className="max-w-3xl">
      <Breadcrumbs
        label={t.a11y.breadcrumbs}
        items={[
          { label: t.nav.home, href: routes.home(locale) },
          { label: t.catalogue.title, href: routes.services(locale) },
          { label: service.name[locale] },
        ]}
      />
      <p className="text-sm text-muted">{layerLabels[service.layer][locale]}</p>
      <h1 className="mt-1 flex flex-wrap items-center gap-3 text-3xl font-bold">
        {service.name[locale]}
        <StatusBadge state={status.state} locale={locale} />
      </h1>
      <p className="mt-3 text-lg">{service.summary[locale]}</p>
      {retired ? (
        <Callout
          type={statusTone[status.state].callout}
          title={t.catalogue.statusTitle(lifecycleLabels[status.state][locale], status.date ? formatDate(status.date, locale) : undefined)}
          labels={t.callout}
        >
          {status.note ? <p>{status.note[locale]}</p> : null}
          {replacement ? (
            <p>
              {t.catalogue.replacement}: <Link href={routes.service(locale, replacement.id)}>{replacement.name[locale]}</Link>
            </p>
          ) : null}
          <p>
            <a href={status.source} target="_blank" rel="noopener noreferrer">
              {t.catalogue.statusSource}
              <span className="sr-only"> {t.a11y.opensInNewTab}</span>
            </a>
          </p>
        </Callout>
      ) : null}
      <dl className="mt-8 grid gap-x-6 gap-y-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">{t.catalogue.phases}</dt>
        <dd>{service.phases.map((p) => phaseLabels[p][locale]).join(locale === "ja" ? "、" : ", ")}</dd>
        <dt className="font-bold">{t.catalogue.pillars}</dt>
        <dd>{service.pillars.length > 0 ? service.pillars.map((p) => pillarLabels[p][locale]).join(locale === "ja" ? "、" : ", ") : "—"}</dd>
        <dt className="font-bold">{t.catalogue.whenToUse}</dt>
        <dd>{service.whenToUse[locale]}</dd>
        <dt className="font-bold">{t.catalogue.whenNotToUse}</dt>
        <dd>{service.whenNotToUse[locale]}</dd>
        <dt className="font-bold">{t.catalogue.billing}</dt>
        <dd>{service.billing[locale]}</dd>
        <dt className="font-bold">{t.catalogue.docs}</dt>
        <dd>
          <a href={service.docs} target="_blank" rel="noopener noreferrer" className="break-all">
            {service.docs}
            <span className="sr-only"> {t.a11y.opensInNewTab}</span>
          </a>
        </dd>
        <dt className="font-bold">{t.catalogue.checked}</dt>
        <dd>
          <time dateTime={service.checked}>{formatDate(service.checked, locale)}</time>
        </dd>
      </dl>
      {related.length > 0 ? (
        <section aria-labelledby="related" className="mt-10">
          <h2 id="related" className="text-xl font-bold">
            {t.catalogue.related}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {related.map((r) => (
              <li key={r.id}>
                <Link href={routes.service(locale, r.id)} className="inline-block rounded-full border border-border px-3 py-1 text-sm no-underline hover:bg-surface">
                  {r.name[locale]}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="taught" className="mt-10">
        <h2 id="taught" className="text-xl font-bold">
          {t.catalogue.taughtIn}
        </h2>
        <div className="mt-3">
          <BacklinkList items={taughtIn} empty={t.catalogue.notTaughtYet} />
        </div>
      </section>
    </article>
  );
}
