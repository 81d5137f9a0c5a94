import { expect, test } from "@playwright/test";

test("catalogue filters work by keyboard and live in the URL", async ({ page }) => {
  await page.goto("/en/services");
  const cards = page.getByTestId("service-list").locator("li");
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(70);

  const layer = page.getByLabel("Layer");
  await layer.focus();
  await layer.selectOption("ai-service");
  await expect(page).toHaveURL(/\?layer=ai-service$/);
  const ai = await cards.count();
  expect(ai).toBeGreaterThan(5);
  expect(ai).toBeLessThan(total);

  await page.getByLabel("Status").selectOption("closed-to-new-customers");
  await expect(page).toHaveURL(/layer=ai-service&status=closed-to-new-customers/);
  await expect(cards.first()).toContainText("Closed to new customers");
  await expect(page.getByTestId("catalogue-count")).toContainText(`of ${total} services`);

  // A shared link opens the same view.
  await page.reload();
  await expect(page.getByLabel("Layer")).toHaveValue("ai-service");
  await expect(cards.first()).toContainText("Closed to new customers");

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(cards).toHaveCount(total);
  await expect(page).toHaveURL(/\/en\/services$/);
});

test("a retired service says so, names what to use instead, and lists where it is taught", async ({ page }) => {
  await page.goto("/ja/services/forecast");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Amazon Forecast");
  await expect(page.locator("[data-status]").first()).toHaveText("新規受付終了");
  await expect(page.getByText("代わりに使うもの")).toBeVisible();
  await page.goto("/en/services/s3");
  await expect(page.getByRole("heading", { name: "Where this is taught" })).toBeVisible();
});

test("a closed service's status box names the status and its date in the badge's colour, and lessons mark links to it", async ({ page, request }) => {
  await page.goto("/ja/services/forecast");
  const badge = page.locator("h1 [data-status]");
  await expect(badge).toHaveText("新規受付終了");
  const box = page.getByRole("complementary", { name: /^提供状況: 新規受付終了（.+ から）$/ });
  await expect(box).toBeVisible();
  const style = (el: Element) => ({ color: getComputedStyle(el).color, border: getComputedStyle(el).borderLeftColor });
  const badgeStyle = await badge.evaluate(style);
  expect((await box.locator("p").first().evaluate(style)).color).toBe(badgeStyle.color);
  expect((await box.evaluate(style)).border).toBe(badgeStyle.border);

  // In a lesson, a link to a closed or retired service carries a visible mark in the same colour.
  const xml = await (await request.get("/sitemap.xml")).text();
  const lessons = [...xml.matchAll(/<loc>([^<]*\/en\/lessons\/[^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "", "http://site").pathname);
  let mark = page.locator("[data-lesson-body] a .status-mark").first();
  for (const lesson of lessons) {
    await page.goto(lesson);
    mark = page.locator("[data-lesson-body] a .status-mark").first();
    if ((await mark.count()) > 0) break;
  }
  await expect(mark).toBeVisible();
  const state = (await mark.getAttribute("data-status")) ?? "";
  expect(["closed-to-new-customers", "end-of-support"]).toContain(state);
  const link = mark.locator("xpath=..");
  await expect(link).toHaveAccessibleName(new RegExp(`${(await mark.innerText()).trim()}$`));
  const href = (await link.getAttribute("href")) ?? "";
  const markColour = await mark.evaluate((el) => getComputedStyle(el).color);
  await page.goto(href);
  expect(await page.locator("h1 [data-status]").evaluate((el) => getComputedStyle(el).color)).toBe(markColour);
});
