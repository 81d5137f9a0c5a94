import { expect, test, type Page } from "@playwright/test";
import { sitePaths } from "./helpers";

// Built without SITE_URL (as in `npm test`), absolute URLs are left out; built with it, they use it.
const site = process.env.SITE_URL?.replace(/\/$/, "") ?? "";
const url = (path: string) => `${site}${path}`;

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"]`);

test("a lesson is shared as an article, with its review date, and described as a learning resource with breadcrumbs", async ({ page, request }) => {
  const path = (await sitePaths(request)).find((p) => p.startsWith("/en/lessons/")) ?? "";
  await page.goto(path);
  const title = (await page.locator("h1").innerText()).trim();
  const reviewed = (await page.locator("time").first().getAttribute("datetime")) ?? "";
  expect(reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await expect(meta(page, "og:type")).toHaveAttribute("content", "article");
  await expect(meta(page, "article:modified_time")).toHaveAttribute("content", reviewed);
  await expect(meta(page, "og:title")).toHaveAttribute("content", title);
  if (site) await expect(meta(page, "og:url")).toHaveAttribute("content", url(path));
  else await expect(meta(page, "og:url")).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url(path));

  const [data] = await jsonLd(page);
  const graph = (data?.["@graph"] ?? []) as Record<string, unknown>[];
  expect(data?.["@context"]).toBe("https://schema.org");
  const article = graph.find((node) => Array.isArray(node["@type"]) && node["@type"].includes("LearningResource"));
  expect(article?.["@type"]).toContain("Article");
  expect(article?.headline).toBe(title);
  expect(article?.dateModified).toBe(reviewed);
  expect(article?.inLanguage).toBe("en");
  expect(article?.url).toBe(url(path));
  const crumbs = graph.find((node) => node["@type"] === "BreadcrumbList")?.itemListElement as { position: number; name: string; item?: string }[];
  expect(crumbs.map((c) => c.position)).toEqual(crumbs.map((_, i) => i + 1));
  expect(crumbs[0]).toMatchObject({ name: "Home", item: url("/en") });
  expect(crumbs.at(-1)?.name).toBe(title);
  const visible = await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem").allInnerTexts();
  expect(crumbs.map((c) => c.name)).toEqual(visible.map((t) => t.replace(/^\s*\/\s*/, "").trim()));
});

test("the glossary is described as a set of defined terms, each with its page", async ({ page }) => {
  await page.goto("/ja/glossary");
  const [data] = await jsonLd(page);
  expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "DefinedTermSet", name: "用語集", inLanguage: "ja", url: url("/ja/glossary") });
  const terms = data?.hasDefinedTerm as { "@type": string; name: string; description: string; url: string }[];
  const termLinks = await page.locator('main a[href^="/ja/glossary/"]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("href")))]);
  expect(terms.length).toBe(termLinks.length);
  for (const term of terms) {
    expect(term["@type"]).toBe("DefinedTerm");
    expect(term.name.length).toBeGreaterThan(0);
    expect(term.description.length).toBeGreaterThan(0);
    expect(termLinks).toContain(term.url.replace(site, ""));
  }
  await expect(meta(page, "og:type")).toHaveAttribute("content", "website");
});

test("a practice set is described as a quiz with its questions, without their answers", async ({ page }) => {
  await page.goto("/en/quiz/cost");
  const data = (await jsonLd(page)).find((d) => d["@type"] === "Quiz");
  expect(data).toMatchObject({ "@context": "https://schema.org", inLanguage: "en", url: url("/en/quiz/cost") });
  const parts = data?.hasPart as { "@type": string; name: string }[];
  const shown = Number((await page.getByText(/^Practice · \d+ questions$/).textContent())?.match(/(\d+) questions/)?.[1]);
  expect(parts).toHaveLength(shown);
  expect(parts.every((p) => p["@type"] === "Question" && p.name.length > 0)).toBe(true);
  expect(JSON.stringify(data)).not.toMatch(/acceptedAnswer|suggestedAnswer/);
});

test("the site has a web app manifest and a touch icon", async ({ page, request }) => {
  await page.goto("/ja");
  const manifestHref = (await page.locator('link[rel="manifest"]').getAttribute("href")) ?? "";
  const manifest = (await (await request.get(manifestHref)).json()) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest.name).toContain("SageMaker AI");
  expect(manifest.start_url).toBe("/");
  expect(manifest.display).toBe("standalone");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toContain(icon.type);
  }
  const touch = (await page.locator('link[rel="apple-touch-icon"]').getAttribute("href")) ?? "";
  const response = await request.get(touch);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
});
