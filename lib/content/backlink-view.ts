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

/** A quiz question named by the start of its scenario, cut at a sentence end or 60 characters. */
export function questionLabel(scenario: string): string {
  const first = scenario.split(/(?<=[。.!?！？])\s*/u)[0] ?? scenario;
  const chars = Array.from(first);
  return chars.length <= 60 ? first : `${chars.slice(0, 59).join("")}…`;
}

/** Turns link-graph sources into links in one locale, grouped lessons first, then terms, then services. */
export function describeBacklinks(
  sources: LinkSource[],
  site: Pick<Site, "termById" | "serviceById" | "questionById">,
  locale: Locale,
): BacklinkItem[] {
  const order = { lesson: 0, term: 1, service: 2, quiz: 3 } as const;
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
      if (source.kind === "quiz") {
        const found = site.questionById.get(source.questionId);
        return {
          kind: "quiz",
          href: routes.quizQuestion(locale, source.setId, source.questionId),
          label: found ? questionLabel(found.question.scenario[locale]) : source.questionId,
          context: found?.set.title[locale],
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
