import { Suspense } from "react";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import type { CatalogueItem } from "@/lib/content/catalogue-filter";
import type { Service } from "@/lib/content/schemas";
import { layerLabels, layers, lifecycleLabels, lifecycleStates, phaseLabels, phases, pillarLabels, pillars } from "@/lib/content/taxonomy";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { CatalogueFilters, type FilterLabels } from "./catalogue-filters.client";
import { ServiceList } from "./service-list";

export function CatalogueView({ locale, services }: { locale: Locale; services: Service[] }) {
  const t = getDictionary(locale);
  const items: CatalogueItem[] = services.map((s) => ({
    id: s.id,
    name: s.name[locale],
    summary: s.summary[locale],
    layer: s.layer,
    phases: s.phases,
    pillars: s.pillars,
    status: s.status.state,
  }));
  const options = <T extends string>(values: readonly T[], labels: Record<T, Record<Locale, string>>) =>
    values.map((value) => ({ value, label: labels[value][locale] }));
  const labels: FilterLabels = {
    legend: t.catalogue.filters,
    any: t.catalogue.any,
    clear: t.catalogue.clear,
    noMatch: t.catalogue.noMatch,
    countAll: t.catalogue.countAll,
    countSome: t.catalogue.countSome,
    fields: {
      layer: { label: t.catalogue.layer, options: options(layers, layerLabels) },
      phase: { label: t.catalogue.phases, options: options(phases, phaseLabels) },
      pillar: { label: t.catalogue.pillars, options: options(pillars, pillarLabels) },
      status: { label: t.catalogue.status, options: options(lifecycleStates, lifecycleLabels) },
    },
  };
  return (
    <div>
      <Breadcrumbs label={t.a11y.breadcrumbs} items={[{ label: t.nav.home, href: routes.home(locale) }, { label: t.catalogue.title }]} />
      <h1 className="text-3xl font-bold">{t.catalogue.title}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t.catalogue.lead}</p>
      <div className="mt-6">
        <Suspense
          fallback={
            <div>
              <p className="text-sm text-muted">{formatMessage(t.catalogue.countAll, { total: items.length })}</p>
              <div className="mt-3">
                <ServiceList items={items} locale={locale} />
              </div>
            </div>
          }
        >
          <CatalogueFilters items={items} locale={locale} labels={labels} />
        </Suspense>
      </div>
    </div>
  );
}
