import { locales, type Locale } from "@/lib/i18n/locales";
import { describeBacklinks, type BacklinkItem } from "./backlink-view";
import { backlinksOf } from "./link-graph";
import type { Service } from "./schemas";
import { loadSite } from "./site";

export async function serviceStaticParams(): Promise<{ locale: Locale; id: string }[]> {
  const { services } = await loadSite();
  return locales.flatMap((locale) => services.map((s) => ({ locale, id: s.id })));
}

export async function getCatalogue(): Promise<Service[]> {
  return (await loadSite()).services;
}

export interface ServiceView {
  service: Service;
  related: Service[];
  replacement?: Service;
  taughtIn: BacklinkItem[];
}

export async function getServiceView(locale: Locale, id: string): Promise<ServiceView | undefined> {
  const site = await loadSite();
  const service = site.serviceById.get(id);
  if (!service) return undefined;
  const related = service.related.map((r) => site.serviceById.get(r)).filter((s): s is Service => s !== undefined);
  const replacementId = service.status.replacement;
  return {
    service,
    related,
    replacement: replacementId ? site.serviceById.get(replacementId) : undefined,
    taughtIn: describeBacklinks(backlinksOf(site.graph, { kind: "service", id }), site, locale),
  };
}
