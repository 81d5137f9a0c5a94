import { expect, test } from "@playwright/test";
// The same measurement the benchmark prints; sizes are deterministic, so the budgets fail `npm test`.
import { measure, measuredPages } from "../../scripts/page-weight.mjs";

test("every page ships no more JavaScript than its budget beyond the framework's own", () => {
  const pages = measuredPages();
  const baseline = measure("/").js;
  const over = pages
    .filter((p) => p.budget !== undefined)
    .map((p) => ({ name: p.name, route: p.route, kb: (measure(p.route).js - baseline) / 1024, budget: p.budget as number }))
    .filter((p) => p.kb > p.budget)
    .map((p) => `${p.name} (${p.route}): ${p.kb.toFixed(1)} KB gzip over the baseline, budget ${p.budget} KB`);
  expect(over).toEqual([]);
});

test("pages that draw across the whole bank carry none of it in their HTML", () => {
  for (const route of ["/ja/quiz/exam", "/en/quiz/review", "/ja/quiz/drill", "/en/quiz/bookmarks"]) {
    expect(measure(route).html, route).toBeLessThan(100_000);
  }
});
