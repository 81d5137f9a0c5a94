import fs from "node:fs";
import { createRequire } from "node:module";
import type { APIRequestContext, Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Every page of the site, read from the sitemap the site builds from its content. */
export async function sitePaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/sitemap.xml");
  if (!response.ok()) throw new Error(`sitemap.xml: HTTP ${response.status()}`);
  const xml = await response.text();
  // Without SITE_URL the sitemap lists root-relative paths (see app/sitemap.ts).
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "", "http://site").pathname);
  if (paths.length === 0) throw new Error("sitemap.xml lists no page");
  return [...new Set(paths)];
}

/** The phone the layout tests use (an iPhone 12–15 sized viewport). */
export const PHONE = { width: 390, height: 844 };
export const MAX_HEADER_HEIGHT = 72;

/**
 * What keeps a page from fitting a phone: sideways scrolling at the current width and at 320 px, and a header
 * taller than 72 px. Ends at the phone viewport again.
 */
export async function phoneLayoutProblems(page: Page, path: string): Promise<string[]> {
  const problems: string[] = [];
  const measure = () =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      header: document.querySelector("body > header")?.getBoundingClientRect().height ?? 0,
    }));
  const phone = await measure();
  if (phone.scrollWidth > phone.clientWidth) problems.push(`${path}: ${phone.scrollWidth} px wide on a ${phone.clientWidth} px screen`);
  if (phone.header > MAX_HEADER_HEIGHT) problems.push(`${path}: header is ${phone.header} px high on a phone`);
  await page.setViewportSize({ width: 320, height: PHONE.height });
  const small = await measure();
  if (small.scrollWidth > small.clientWidth) problems.push(`${path}: ${small.scrollWidth} px wide on a ${small.clientWidth} px screen`);
  if (small.header > MAX_HEADER_HEIGHT) problems.push(`${path}: header is ${small.header} px high at 320 px`);
  await page.setViewportSize(PHONE);
  return problems;
}

/** Splits the page list so several tests (and workers) share it. */
export function shard<T>(items: T[], index: number, count: number): T[] {
  return items.filter((_, i) => i % count === index);
}

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The rules a colour theme can change; the dark pass runs only these (the rest do not depend on colour). */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * axe-core WCAG 2.1 A/AA violations, as readable lines. `colourOnly` checks only what a theme can change.
 * axe is injected once per document and asked for violations only, which keeps a page to a few hundred ms.
 */
export async function axeViolations(page: Page, colourOnly = false): Promise<string[]> {
  const options: RunOptions = {
    runOnly: colourOnly ? { type: "rule", values: COLOUR_RULES } : { type: "tag", values: WCAG_TAGS },
    resultTypes: ["violations"],
  };
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<AxeResults> } }).axe.run(document, opts),
    options,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(0, 2).join(" ")}`),
  );
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

export function localeOf(path: string): "ja" | "en" {
  return path.startsWith("/en") ? "en" : "ja";
}
