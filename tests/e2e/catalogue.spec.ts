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
