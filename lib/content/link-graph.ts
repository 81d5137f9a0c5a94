import type { Locale } from "@/lib/i18n/locales";
import type { Lesson } from "./lessons";
import type { QuizSet, Service, Term } from "./schemas";

/** Something that can be linked to by id. */
export type NodeRef =
  | { kind: "service"; id: string }
  | { kind: "term"; id: string }
  | { kind: "lesson"; id: string; anchor?: string };

/** Where a link was written: a lesson section, a glossary term or a catalogue entry. */
export type LinkSource =
  | { kind: "lesson"; slug: string; anchor?: string; heading: Record<Locale, string>; title: Record<Locale, string> }
  | { kind: "term"; id: string }
  | { kind: "service"; id: string }
  | { kind: "quiz"; setId: string; questionId: string };

export interface LinkGraph {
  /** Every place that links to a node, keyed by `kind:id`. Sources are unique and in content order. */
  backlinks: ReadonlyMap<string, LinkSource[]>;
}

export function nodeKey(ref: NodeRef): string {
  return `${ref.kind}:${ref.id}`;
}

function sourceKey(source: LinkSource): string {
  if (source.kind === "lesson") return `lesson:${source.slug}#${source.anchor ?? ""}`;
  if (source.kind === "quiz") return `quiz:${source.questionId}`;
  return `${source.kind}:${source.id}`;
}

/** Builds the back-links of every service, term and lesson from everything that links to them. */
export function buildLinkGraph(lessons: Lesson[], services: Service[], terms: Term[], quizSets: QuizSet[] = []): LinkGraph {
  const backlinks = new Map<string, LinkSource[]>();
  const seen = new Set<string>();
  const add = (target: NodeRef, source: LinkSource) => {
    const key = nodeKey(target);
    const dedupe = `${key}<-${sourceKey(source)}`;
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    const list = backlinks.get(key) ?? [];
    list.push(source);
    backlinks.set(key, list);
  };

  for (const lesson of lessons) {
    // Links are read from the Japanese version; both versions teach the same sections.
    const version = lesson.versions.ja;
    const other = lesson.versions.en;
    for (const link of version.links) {
      if (link.kind === "diagram") continue;
      const section = [...version.toc].reverse().find((t) => t.line <= link.line);
      const otherSection = section ? other.toc.find((t) => t.id === section.id) : undefined;
      const source: LinkSource = {
        kind: "lesson",
        slug: lesson.slug,
        anchor: section?.id,
        heading: { ja: section?.text ?? version.frontmatter.title, en: otherSection?.text ?? other.frontmatter.title },
        title: { ja: version.frontmatter.title, en: other.frontmatter.title },
      };
      add({ kind: link.kind, id: link.id }, source);
    }
  }
  for (const term of terms) {
    for (const id of term.related.services) add({ kind: "service", id }, { kind: "term", id: term.id });
    for (const id of term.related.terms) add({ kind: "term", id }, { kind: "term", id: term.id });
    for (const id of term.related.lessons) add({ kind: "lesson", id }, { kind: "term", id: term.id });
  }
  for (const service of services) {
    for (const id of service.related) add({ kind: "service", id }, { kind: "service", id: service.id });
  }
  for (const set of quizSets) {
    for (const question of set.questions) {
      const source: LinkSource = { kind: "quiz", setId: set.id, questionId: question.id };
      for (const id of question.links.services) add({ kind: "service", id }, source);
      for (const id of question.links.terms) add({ kind: "term", id }, source);
      for (const ref of question.links.lessons) add({ kind: "lesson", id: ref.slug }, source);
    }
  }
  return { backlinks };
}

export function backlinksOf(graph: LinkGraph, ref: NodeRef): LinkSource[] {
  return graph.backlinks.get(nodeKey(ref)) ?? [];
}
