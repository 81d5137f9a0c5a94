import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { termSchema, type Term } from "@/lib/content/schemas";
import { loadYamlCollection } from "@/lib/content/yaml-collection";
import { termDoc } from "@/lib/search/documents";
import { buildIndex, loadIndex, search } from "@/lib/search/engine";
import { golden } from "../data/golden-queries";


describe("glossary search: golden queries", () => {
  const indexes = new Map<string, ReturnType<typeof loadIndex>>();
  beforeAll(() => {
    const terms: Term[] = loadYamlCollection(path.join(process.cwd(), "content", "glossary"), termSchema);
    // Round-trip through JSON, as the browser loads it.
    for (const l of ["ja", "en"]) indexes.set(l, loadIndex(JSON.stringify(buildIndex(terms.map((t) => termDoc(t, l as "ja" | "en"))))));
  });

  for (const locale of ["ja", "en"] as const) {
    it.each(golden)(`[${locale}] %s → %s first`, (query, expected) => {
      const index = indexes.get(locale);
      if (!index) throw new Error("no index");
      const top = search(index, query, 5).map((h) => h.id.split(":")[1]);
      expect(top[0], `top 5: ${top.join(", ")}`).toBe(expected);
    });
  }
});
