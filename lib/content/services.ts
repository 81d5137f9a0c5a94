import path from "node:path";
import { contentDir } from "./paths";
import { serviceSchema, type Service } from "./schemas";
import { loadYamlCollection } from "./yaml-collection";

let cache: Service[] | undefined;

/** Every catalogue entry, sorted by English name. */
export function loadServices(): Service[] {
  cache ??= loadYamlCollection(path.join(contentDir(), "services"), serviceSchema).sort((a, b) =>
    a.name.en.localeCompare(b.name.en, "en"),
  );
  return cache;
}
