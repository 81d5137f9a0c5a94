import { describe, expect, it } from "vitest";
import { filterCatalogue, parseCatalogueFilter, serializeCatalogueFilter, type CatalogueItem } from "@/lib/content/catalogue-filter";

const items: CatalogueItem[] = [
  { id: "a", name: "A", summary: "", layer: "ai-service", phases: ["deployment"], pillars: ["security"], status: "available" },
  { id: "b", name: "B", summary: "", layer: "ml-service", phases: ["training", "evaluation"], pillars: [], status: "available" },
  { id: "c", name: "C", summary: "", layer: "ai-service", phases: ["training"], pillars: ["cost-optimization"], status: "closed-to-new-customers" },
];

describe("catalogue filters", () => {
  it.each([
    ["", ["a", "b", "c"]],
    ["layer=ai-service", ["a", "c"]],
    ["phase=training", ["b", "c"]],
    ["layer=ai-service&phase=training", ["c"]],
    ["pillar=security", ["a"]],
    ["status=closed-to-new-customers", ["c"]],
    ["layer=nonsense", ["a", "b", "c"]],
    ["layer=ml-service&status=closed-to-new-customers", []],
  ])("?%s → %j", (query, ids) => {
    const filter = parseCatalogueFilter(new URLSearchParams(query));
    expect(filterCatalogue(items, filter).map((i) => i.id)).toEqual(ids);
  });

  it("round-trips through the URL, dropping empty and unknown values", () => {
    const filter = parseCatalogueFilter(new URLSearchParams("phase=training&layer=ai-service&x=1&pillar="));
    expect(serializeCatalogueFilter(filter)).toBe("layer=ai-service&phase=training");
    expect(parseCatalogueFilter(new URLSearchParams(serializeCatalogueFilter(filter)))).toEqual(filter);
  });
});
