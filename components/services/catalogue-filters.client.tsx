"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import {
  filterCatalogue,
  parseCatalogueFilter,
  serializeCatalogueFilter,
  type CatalogueFilter,
  type CatalogueItem,
} from "@/lib/content/catalogue-filter";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { ServiceList } from "./service-list";

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterLabels {
  legend: string;
  any: string;
  clear: string;
  noMatch: string;
  /** "{total} services" and "{shown} of {total} services" */
  countAll: string;
  countSome: string;
  fields: Record<keyof CatalogueFilter, { label: string; options: FilterOption[] }>;
}

const keys = ["layer", "phase", "pillar", "status"] as const;

/** Filters kept in the URL, so a filtered view can be shared and survives reload. */
export function CatalogueFilters({ items, locale, labels }: { items: CatalogueItem[]; locale: Locale; labels: FilterLabels }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filter = useMemo(() => parseCatalogueFilter(new URLSearchParams(params.toString())), [params]);
  const shown = filterCatalogue(items, filter);
  const active = keys.some((key) => filter[key]);

  const update = (next: CatalogueFilter) => {
    const query = serializeCatalogueFilter(next);
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };

  return (
    <div>
      <form role="search" aria-label={labels.legend} onSubmit={(event) => event.preventDefault()} className="rounded-lg border border-border bg-surface p-4">
        <fieldset>
          <legend className="font-bold">{labels.legend}</legend>
          <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {keys.map((key) => (
              <label key={key} className="flex min-w-0 flex-col gap-1 text-sm">
                <span>{labels.fields[key].label}</span>
                <select
                  name={key}
                  value={filter[key] ?? ""}
                  onChange={(event) => update({ ...filter, [key]: event.target.value || undefined })}
                  className="w-full min-w-0 rounded-md border border-border bg-bg px-2 py-1.5 text-fg"
                >
                  <option value="">{labels.any}</option>
                  {labels.fields[key].options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          {active ? (
            <button type="button" onClick={() => update({})} className="mt-3 rounded-md border border-border bg-bg px-3 py-1 text-sm">
              {labels.clear}
            </button>
          ) : null}
        </fieldset>
      </form>
      <p role="status" className="mt-4 text-sm text-muted" data-testid="catalogue-count">
        {formatMessage(active ? labels.countSome : labels.countAll, { shown: shown.length, total: items.length })}
      </p>
      <div className="mt-3">
        {shown.length > 0 ? <ServiceList items={shown} locale={locale} /> : <p>{labels.noMatch}</p>}
      </div>
    </div>
  );
}
