import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import type { LinkSource } from "./link-graph";
import type { Site } from "./site";

export interface BacklinkItem {
  kind: LinkSource["kind"];
  href: string;
  label: string;
  /** For a lesson section: the lesson's title. */
  context?: string;
}

/** Turns link-graph sources into links in one locale, grouped lessons first, then terms, then services. */
export function describeBacklinks(sources: LinkSource[], site: Pick<Site, "termById" | "serviceById">, locale: Locale): BacklinkItem[] {
  const order = { lesson: 0, term: 1, service: 2 } as const;
  return [...sources]
    .sort((a, b) => order[a.kind] - order[b.kind])
    .map((source): BacklinkItem => {
      if (source.kind === "lesson") {
        return {
          kind: "lesson",
          href: routes.lesson(locale, source.slug, source.anchor),
          label: source.heading[locale],
          context: source.title[locale],
        };
      }
      if (source.kind === "term") {
        const term = site.termById.get(source.id);
        return { kind: "term", href: routes.term(locale, source.id), label: term ? term[locale].name : source.id };
      }
      const service = site.serviceById.get(source.id);
      return { kind: "service", href: routes.service(locale, source.id), label: service ? service.name[locale] : source.id };
    });
}
