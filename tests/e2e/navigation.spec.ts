import { expect, test } from "@playwright/test";
import { sitePaths } from "./helpers";

async function firstLesson(request: Parameters<typeof sitePaths>[0], locale: "ja" | "en") {
  const lesson = (await sitePaths(request)).find((p) => p.startsWith(`/${locale}/lessons/`));
  if (!lesson) throw new Error(`no ${locale} lesson in the sitemap`);
  return lesson;
}

test.describe("root", () => {
  for (const [header, expected] of [
    ["ja-JP,ja;q=0.9,en;q=0.8", "/ja"],
    ["en-US,en;q=0.9", "/en"],
    ["fr-FR,fr;q=0.9", "/ja"],
    ["", "/ja"],
  ] as const) {
    test(`/ with Accept-Language "${header}" goes to ${expected}`, async ({ request }) => {
      const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()["location"] ?? "", "http://x").pathname).toBe(expected);
    });
  }
});

test("each locale has its own 404 page, and unknown top-level paths get a bilingual one", async ({ page }) => {
  const ja = await page.goto("/ja/no-such-page");
  expect(ja?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { name: "ページが見つかりません" })).toBeVisible();
  await expect(page.getByText("Page not found")).toBeHidden();

  const en = await page.goto("/en/lessons/no-such-lesson");
  expect(en?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("ページが見つかりません")).toBeHidden();

  const other = await page.goto("/no-such-place");
  expect(other?.status()).toBe(404);
  await expect(page.getByText("ページが見つかりません")).toBeVisible();
  await expect(page.getByText("Page not found")).toBeVisible();
});

test("keyboard only: the skip link is the first stop and moves focus to the content", async ({ page, request }) => {
  await page.goto(await firstLesson(request, "en"));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // The next Tab lands inside the content, not back in the header.
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement) ?? false);
  expect(inMain).toBe(true);
});

test("the language switch keeps the page and the section", async ({ page, request }) => {
  const lesson = await firstLesson(request, "ja");
  await page.goto(`${lesson}#goals`);
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(new RegExp(`${lesson.replace("/ja/", "/en/")}#goals$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("#goals")).toBeVisible();
});

test("the theme toggle is remembered across reloads and applied before the page paints", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.getByTestId("theme-toggle").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.goto("/ja/lessons", { waitUntil: "commit" });
  // The attribute is set by the inline script in <head>, before any content is parsed.
  await page.waitForSelector("html[data-theme]", { state: "attached" });
  const themeAtFirstParse = await page.evaluate(() => document.documentElement.dataset.theme);
  expect(themeAtFirstParse).toBe("dark");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(15, 20, 25)");
});

test("a lesson has its table of contents, reading time, sources and highlighted, copyable code", async ({ page, request, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  for (const locale of ["ja", "en"] as const) {
    await page.goto(await firstLesson(request, locale));
    const toc = page.getByRole("navigation", { name: locale === "ja" ? "このページの内容" : "On this page" }).last();
    const first = toc.getByRole("link").first();
    const target = (await first.getAttribute("href")) ?? "";
    expect(target).toMatch(/^#[a-z0-9-]+$/);
    await expect(page.locator(target)).toHaveCount(1);
    await expect(page.getByTestId("reading-time")).toHaveText(locale === "ja" ? /約 \d+ 分/ : /\d+ min read/);
    await expect(page.getByRole("heading", { name: locale === "ja" ? "出典・参考資料" : "Sources" })).toBeVisible();
    const code = page.locator("[data-code-block] pre.shiki").first();
    await expect(code).toBeVisible();
    expect(await code.locator("span[style*='color']").count()).toBeGreaterThan(3);
    await page.locator("[data-code-block] button").first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.trim()).toBe((await code.innerText()).trim());
  }
});

test("a glossary term link shows its definition on keyboard focus, not only on hover", async ({ page, request }) => {
  await page.goto(await firstLesson(request, "en"));
  const link = page.locator(".term-link a").first();
  const card = page.locator(`#${await link.getAttribute("aria-describedby")}`);
  await expect(card).toBeHidden();
  await link.focus();
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute("role", "tooltip");
});

test("security headers are sent with every page", async ({ request }) => {
  const response = await request.get("/ja");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
});

test("pages carry hreflang alternates, absolute only with SITE_URL, and never a localhost URL", async ({ page, request }) => {
  await page.goto("/en/lessons");
  const site = process.env.SITE_URL?.replace(/\/$/, "") ?? "";
  const ja = await page.locator('link[rel="alternate"][hreflang="ja"]').getAttribute("href");
  const en = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute("href");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(ja).toBe(`${site}/ja/lessons`);
  expect(en).toBe(`${site}/en/lessons`);
  expect(canonical).toBe(`${site}/en/lessons`);
  await expect(page).toHaveTitle(/Lessons/);
  const robots = await (await request.get("/robots.txt")).text();
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const text of [await page.content(), robots, sitemap]) expect(text).not.toContain("localhost:3000");
  if (site) expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`);
  else expect(robots).not.toMatch(/Sitemap:/);
});

test("a 404 suggests the page the address was probably meant for and offers a search", async ({ page }) => {
  const response = await page.goto("/ja/lessons/ml-stak");
  expect(response?.status()).toBe(404);
  const suggestions = page.getByTestId("did-you-mean").filter({ visible: true });
  await expect(suggestions.getByRole("link").first()).toHaveAttribute("href", "/ja/lessons/ml-stack");
  // The search box starts with the words of the address and searches the glossary.
  const form = page.getByTestId("not-found-search").filter({ visible: true });
  await expect(form.getByRole("searchbox")).toHaveValue("ml stak");
  await form.getByRole("searchbox").fill("ml stack");
  await form.getByRole("button", { name: "検索" }).click();
  await expect(page).toHaveURL(/\/ja\/glossary\?q=ml\+stack$/);
});

test("the search shortcut reads ⌘K on a Mac and Ctrl K elsewhere", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByTestId("site-search-button").locator("kbd")).toHaveText("Ctrl K");
  await page.addInitScript(() => Object.defineProperty(navigator, "platform", { get: () => "MacIntel" }));
  await page.reload();
  await expect(page.getByTestId("site-search-button").locator("kbd")).toHaveText("⌘K");
});
