import { expect, test } from "@playwright/test";

const results = (page: import("@playwright/test").Page) => page.getByTestId("glossary-results").locator("li");

test("with no query the glossary lists every term, and typing ranks the right term first", async ({ page }) => {
  await page.goto("/ja/glossary");
  const all = await results(page).count();
  expect(all).toBeGreaterThan(150);
  const search = page.getByTestId("glossary-search");
  for (const [query, name] of [
    ["えんどぽいんと", "エンドポイント"],
    ["ｴﾝﾄﾞﾎﾟｲﾝﾄ", "エンドポイント"],
    ["ハイパラ", "ハイパーパラメータ"],
    ["hyperparamter", "ハイパーパラメータ"],
  ] as const) {
    await search.fill(query);
    await expect(results(page).first()).toHaveText(new RegExp(`^${name}`));
    expect(await results(page).count()).toBeLessThan(all);
    await expect(results(page).first().locator("mark").first()).toBeVisible();
  }
  await search.fill("");
  await expect(results(page)).toHaveCount(all);
});

test("the query lives in the URL: a shared link shows the same results after reload", async ({ page }) => {
  await page.goto("/en/glossary");
  await page.getByTestId("glossary-search").fill("HPO");
  await expect(page).toHaveURL(/\?q=HPO$/);
  await expect(results(page).first()).toHaveText(/^Hyperparameter tuning/);
  await page.reload();
  await expect(page.getByTestId("glossary-search")).toHaveValue("HPO");
  await expect(results(page).first()).toHaveText(/^Hyperparameter tuning/);
});

test("keyboard: arrows move through results, Enter opens one", async ({ page }) => {
  await page.goto("/en/glossary");
  const search = page.getByTestId("glossary-search");
  await search.focus();
  await page.keyboard.type("canary");
  await expect(results(page).first()).toHaveText(/^Canary deployment/);
  await page.keyboard.press("ArrowDown");
  await expect(results(page).first().locator("a")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1).locator("a")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(search).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/glossary\/canary-deployment$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Canary deployment");
});

test("Enter while a Japanese input method is composing does nothing", async ({ page }) => {
  await page.goto("/ja/glossary");
  const search = page.getByTestId("glossary-search");
  await search.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.imeSetComposition", { text: "えんどぽいんと", selectionStart: 7, selectionEnd: 7 });
  // The key the user presses to confirm the conversion arrives while the IME is still composing.
  await search.evaluate((input) => {
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", keyCode: 229, isComposing: true, bubbles: true }));
  });
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/ja\/glossary(\?q=.*)?$/);
  await cdp.send("Input.insertText", { text: "えんどぽいんと" });
  await expect(results(page).first()).toHaveText(/^エンドポイント/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ja\/glossary\/endpoint$/);
});

test("search never breaks, whatever is typed", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/en/glossary");
  const search = page.getByTestId("glossary-search");
  for (const query of ["🤖🔥", "مرحبا", ".*+?^${}()|[]\\", "x".repeat(2000), "<img src=x onerror=alert(1)>"]) {
    await search.fill(query);
    await expect(page.getByTestId("glossary-status")).not.toHaveText(/Loading/);
  }
  expect(errors).toEqual([]);
});

test("site search (Ctrl+K) finds lessons, services and terms, the reader's language first", async ({ page }) => {
  await page.goto("/ja");
  const input = page.getByTestId("site-search-input");
  // The shortcut works once the page is interactive; on a busy machine that can be after "load".
  await expect(async () => {
    await page.keyboard.press("Control+k");
    await expect(input).toBeFocused({ timeout: 1000 });
  }).toPass();
  await input.fill("エンドポイント");
  const options = page.getByTestId("site-search-results").getByRole("option");
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toHaveAttribute("lang", "ja");
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ja\/(glossary|services|lessons)\//);
});

test("site search results are real links with whole snippets, and a failed index fetch offers a retry", async ({ page }) => {
  let fail = true;
  await page.route(/\/search\/site(-names)?-en\.json$/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto("/en");
  const input = page.getByTestId("site-search-input");
  await expect(async () => {
    await page.keyboard.press("Control+k");
    await expect(input).toBeFocused({ timeout: 1000 });
  }).toPass();
  await input.fill("Rekognition");
  await expect(page.getByTestId("site-search-status")).toHaveText("The search index could not be loaded.");
  fail = false;
  await page.getByTestId("site-search-retry").click();
  const options = page.getByTestId("site-search-results").getByRole("option");
  await expect(options.first()).toBeVisible();
  // Links: open in a new tab works, and each points at a page of this site.
  await expect(options.first()).toHaveAttribute("href", /^\/en\/(lessons|services|glossary)\//);
  // Snippets keep the names that lessons render from <Svc> and <Term>: no "the  service" holes.
  const lesson = page.getByTestId("site-search-results").locator('a[href*="/en/lessons/"]').first();
  await expect(lesson).toBeVisible();
  expect(await lesson.textContent()).not.toMatch(/\s{2,}|\s[,.]/);
});
