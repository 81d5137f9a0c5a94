import path from "node:path";
import { contentDir } from "./paths";
import { termSchema, type Term } from "./schemas";
import { loadYamlCollection } from "./yaml-collection";

let cache: Term[] | undefined;

/** Every glossary term, in file order (ids are sorted). */
export function loadTerms(): Term[] {
  cache ??= loadYamlCollection(path.join(contentDir(), "glossary"), termSchema);
  return cache;
}
