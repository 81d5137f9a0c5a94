import Link from "next/link";
import type { CatalogueItem } from "@/lib/content/catalogue-filter";
import { layerLabels } from "@/lib/content/taxonomy";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { StatusBadge } from "./status-badge";

export function ServiceList({ items, locale }: { items: readonly CatalogueItem[]; locale: Locale }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid="service-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={routes.service(locale, item.id)} className="block h-full rounded-lg border border-border p-4 no-underline hover:bg-surface">
            <span className="flex flex-wrap items-center gap-2">
              <span className="font-bold text-fg">{item.name}</span>
              {item.status !== "available" ? <StatusBadge state={item.status} locale={locale} /> : null}
            </span>
            <span className="mt-1 block text-xs text-muted">{layerLabels[item.layer][locale]}</span>
            <span className="mt-1 block text-sm text-fg">{item.summary}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
