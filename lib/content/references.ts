import path from "node:path";
import { ContentError } from "./errors";
import { contentDir, displayPath } from "./paths";
import type { Service, Term } from "./schemas";

export interface KnownIds {
  services: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  lessons: ReadonlySet<string>;
}

/**
 * Checks that every id a catalogue entry or glossary term points at exists.
 * Throws one ContentError per file, naming the field and the unknown id.
 */
export function checkYamlReferences(services: Service[], terms: Term[], known: KnownIds): void {
  const dir = contentDir();
  for (const service of services) {
    const problems: string[] = [];
    service.related.forEach((id, i) => {
      if (!known.services.has(id)) problems.push(`related.${i}: unknown service id "${id}"`);
      if (id === service.id) problems.push(`related.${i}: a service cannot be related to itself`);
    });
    const replacement = service.status.replacement;
    if (replacement !== undefined && !known.services.has(replacement)) {
      problems.push(`status.replacement: unknown service id "${replacement}"`);
    }
    if (problems.length > 0) {
      throw new ContentError(displayPath(path.join(dir, "services", `${service.id}.yaml`)), problems);
    }
  }
  for (const term of terms) {
    const problems: string[] = [];
    const kinds = [
      ["terms", known.terms, "term"],
      ["services", known.services, "service"],
      ["lessons", known.lessons, "lesson"],
    ] as const;
    for (const [field, ids, label] of kinds) {
      term.related[field].forEach((id, i) => {
        if (!ids.has(id)) problems.push(`related.${field}.${i}: unknown ${label} id "${id}"`);
      });
    }
    if (problems.length > 0) {
      throw new ContentError(displayPath(path.join(dir, "glossary", `${term.id}.yaml`)), problems);
    }
  }
}
