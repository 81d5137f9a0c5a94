import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { ContentError, parseOrThrow } from "./errors";
import { displayPath } from "./paths";

/**
 * Reads every `*.yaml` file of a folder, validates it with `schema` and checks that the file name
 * matches the entry's `id`. Files starting with `_` are ignored (drafts and notes).
 */
export function loadYamlCollection<S extends z.ZodType<{ id: string }>>(dir: string, schema: S, fileName: (id: string) => string = (id) => id): z.output<S>[] {
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  const files = fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => name.endsWith(".yaml") && !name.startsWith("_"))
    .sort();
  return files.map((name) => {
    const file = path.join(dir, name);
    const shown = displayPath(file);
    let data: unknown;
    try {
      data = parse(fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
    } catch (error) {
      throw new ContentError(shown, [`(file): not valid YAML: ${(error as Error).message}`]);
    }
    const entry = parseOrThrow(schema, data, shown);
    const expected = name.replace(/\.yaml$/, "");
    if (fileName(entry.id) !== expected) {
      throw new ContentError(shown, [`id: is "${entry.id}" but the file is named ${name}; the file must be named ${fileName(entry.id)}.yaml`]);
    }
    return entry;
  });
}
