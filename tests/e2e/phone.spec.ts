import { expect, test, type Page } from "@playwright/test";
import { MAX_HEADER_HEIGHT, PHONE, sitePaths } from "./helpers";

test.use({ viewport: PHONE });

async function lessonPath(request: Parameters<typeof sitePaths>[0], locale: "ja" | "en", index = 0) {
  const lessons = (await sitePaths(request)).filter((p) => p.startsWith(`/${locale}/lessons/`));
  const lesson = lessons[index % lessons.length];
  if (!lesson) throw new Error(`no ${locale} lesson in the sitemap`);
  return lesson;
}

/** The top of a heading and the bottom of the sticky header, in viewport pixels. */
async function headingAndHeader(page: Page, id: string) {
  return page.evaluate((target) => ({
    heading: document.getElementById(target)?.getBoundingClientRect().top ?? Number.NaN,
    header: document.querySelector("body > header")?.getBoundingClientRect().bottom ?? Number.NaN,
  }), id);
}

test("the phone header is one short row, and its menu works by keyboard", async ({ page, request }) => {
  await page.goto(await lessonPath(request, "ja"));
  const header = page.locator("body > header");
  expect((await header.boundingBox())?.height).toBeLessThanOrEqual(MAX_HEADER_HEIGHT);
  const nav = header.getByRole("navigation", { name: "メイン" });
  const menu = header.getByRole("button", { name: "メニュー" });
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // Skip link, site name, then the menu button.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(menu).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(nav.getByRole("link").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  // Opened again, a link in it leads on and the menu is closed on the next page.
  await page.keyboard.press("Space");
  await nav.getByRole("link", { name: "用語集" }).click();
  await expect(page).toHaveURL(/\/ja\/glossary$/);
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});

test("on a desktop the navigation is inline and there is no menu button", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
});

test("a jump to a section leaves its heading below the sticky header", async ({ page, request }) => {
  const lesson = await lessonPath(request, "en", 1);
  await page.goto(lesson);
  const ids = await page.locator("[data-testid=lesson-body] :is(h2, h3)[id]").evaluateAll((els) => els.map((e) => e.id));
  const id = ids[Math.floor(ids.length / 2)] ?? "";
  await page.goto(`${lesson}#${id}`);
  await expect.poll(async () => (await headingAndHeader(page, id)).heading).toBeLessThan(PHONE.height / 2);
  const phone = await headingAndHeader(page, id);
  expect(phone.heading).toBeGreaterThanOrEqual(phone.header);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(lesson);
  const toc = page.locator("aside").getByRole("navigation");
  await toc.locator(`a[href="#${id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect.poll(async () => (await headingAndHeader(page, id)).heading).toBeLessThan(400);
  const desktop = await headingAndHeader(page, id);
  expect(desktop.heading).toBeGreaterThanOrEqual(desktop.header);
});

test.describe("term cards (WCAG 1.4.13)", () => {
  test("one at a time, hoverable, kept in the window, dismissed by Escape", async ({ page, request }) => {
    await page.clock.install();
    await page.goto(await lessonPath(request, "en"));
    const terms = page.locator("[data-term-link]");
    const first = terms.nth(0);
    const second = terms.nth(1);
    const cardOf = async (term: typeof first) => page.locator(`#${await term.getByRole("link").first().getAttribute("aria-describedby")}`);
    const firstCard = await cardOf(first);
    const secondCard = await cardOf(second);
    await expect(firstCard).toBeHidden();

    await first.getByRole("link").first().scrollIntoViewIfNeeded();
    await first.getByRole("link").first().hover();
    await expect(firstCard).toBeVisible();
    const box = await firstCard.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);

    // The pointer moves from the term onto its card, and the card stays.
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 8 });
    await page.clock.runFor(2000);
    await expect(firstCard).toBeVisible();

    // Escape hides it without the pointer moving; it stays hidden while the pointer rests there.
    await page.keyboard.press("Escape");
    await expect(firstCard).toBeHidden();
    await page.clock.runFor(2000);
    await expect(firstCard).toBeHidden();

    // Keyboard focus on another term opens its card and closes any other.
    await first.getByRole("link").first().hover();
    await page.mouse.move(0, 0);
    await first.getByRole("link").first().hover();
    await expect(firstCard).toBeVisible();
    await second.getByRole("link").first().focus();
    await expect(secondCard).toBeVisible();
    await expect(firstCard).toBeHidden();
    await page.keyboard.press("Escape");
    await expect(secondCard).toBeHidden();
    await expect(second.getByRole("link").first()).toBeFocused();
  });

  test("near the bottom of the window a card opens above its term", async ({ page, request }) => {
    await page.goto(await lessonPath(request, "en"));
    const link = page.locator("[data-term-link] > a").first();
    await link.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      window.scrollBy(0, rect.bottom - (window.innerHeight - 12));
    });
    await link.focus();
    const card = page.locator(`#${await link.getAttribute("aria-describedby")}`);
    await expect(card).toBeVisible();
    const linkBox = (await link.boundingBox())!;
    const cardBox = (await card.locator("xpath=..").boundingBox())!;
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(linkBox.y + 1);
    expect(cardBox.y).toBeGreaterThanOrEqual(0);
  });

  test.describe("on touch", () => {
    test.use({ hasTouch: true, isMobile: true });

    test("a tap on a term shows its card instead of leaving the lesson; the card links to the term", async ({ page, request }) => {
      const lesson = await lessonPath(request, "ja");
      await page.goto(lesson);
      const link = page.locator("[data-term-link] > a").first();
      const href = (await link.getAttribute("href")) ?? "";
      expect(href).toMatch(/^\/ja\/glossary\//);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      const card = page.locator(`#${await link.getAttribute("aria-describedby")}`).locator("xpath=..");
      await expect(card).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`${lesson}$`));
      await card.getByRole("link", { name: /用語集で詳しく見る/ }).tap();
      await expect(page).toHaveURL(new RegExp(`${href}$`));
    });
  });
});

test("a diagram too wide for a phone scrolls sideways by keyboard and says so", async ({ page, request }) => {
  const paths = (await sitePaths(request)).filter((p) => p.startsWith("/en/lessons/"));
  for (const path of paths) {
    await page.goto(path);
    if ((await page.locator("[data-diagram-scroll]").count()) > 0) break;
  }
  const region = page.locator("[data-diagram-scroll]").first();
  await expect(region).toHaveAttribute("role", "region");
  await expect(region).toHaveAccessibleName(/.+/);
  const hint = region.locator("xpath=following-sibling::*[@data-testid='diagram-scroll-hint']");
  await expect(hint).toBeVisible();
  await region.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(hint).toBeHidden();
});

/** Scrolls so that the heading with this id sits just under the sticky header, as after reading down to it. */
async function scrollToHeading(page: Page, id: string) {
  await page.evaluate((target) => {
    const heading = document.getElementById(target);
    const header = document.querySelector("body > header")?.getBoundingClientRect().bottom ?? 0;
    if (heading) window.scrollBy(0, heading.getBoundingClientRect().top - header - 40);
  }, id);
}

async function lessonHeadingIds(page: Page) {
  return page.locator("[data-lesson-body] :is(h2, h3)[id]").evaluateAll((els) => els.map((e) => e.id));
}

test("'On this page' stays at hand mid-lesson, highlights the section being read and jumps to another", async ({ page, request }) => {
  await page.goto(await lessonPath(request, "ja", 2));
  const ids = await lessonHeadingIds(page);
  expect(ids.length).toBeGreaterThan(1);
  const reading = ids[Math.floor(ids.length / 2)] ?? "";
  const target = ids.at(-1) ?? "";
  await scrollToHeading(page, reading);

  const button = page.getByRole("button", { name: "このページの内容" });
  await expect(button).toBeInViewport();
  await button.click();
  const sheet = page.getByRole("dialog", { name: "このページの内容" });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator(`a[href="#${reading}"]`)).toHaveAttribute("aria-current", "location");
  await expect(sheet.locator("a[aria-current]")).toHaveCount(1);

  await sheet.locator(`a[href="#${target}"]`).click();
  await expect(sheet).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#${target}$`));
  await expect(page.locator(`#${target}`)).toBeInViewport();
  const after = await headingAndHeader(page, target);
  expect(after.heading).toBeGreaterThanOrEqual(after.header);

  // Opened again, Escape closes it and focus goes back to the button.
  await button.click();
  await expect(sheet).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(button).toBeFocused();
});

test("every lesson heading has a permalink named after it", async ({ page, request }) => {
  await page.goto(await lessonPath(request, "en", 3));
  const ids = await lessonHeadingIds(page);
  for (const id of ids) {
    const heading = page.locator(`#${id}`);
    const text = (await heading.innerText()).trim();
    const link = page.locator(`[data-lesson-body] a[data-permalink][href="#${id}"]`);
    await expect(link).toHaveAccessibleName(`Link to this section: ${text}`);
  }
  // The heading itself keeps its own name.
  const first = ids[0] ?? "";
  await expect(page.getByRole("heading", { name: (await page.locator(`#${first}`).innerText()).trim(), exact: true })).toHaveCount(1);
});

test("the language switch from mid-page keeps the reader's section", async ({ page, request }) => {
  const lesson = await lessonPath(request, "ja", 1);
  await page.goto(lesson);
  // A section longer than the window, so that reading inside it no other heading is on screen.
  const reading = await page.locator("[data-lesson-body] :is(h2, h3)[id]").evaluateAll((els, height) => {
    const tops = els.map((e) => e.getBoundingClientRect().top + window.scrollY);
    const long = els.findIndex((_, i) => (tops[i + 1] ?? document.body.scrollHeight) - (tops[i] ?? 0) > height * 1.5 && i > 0);
    return els[long]?.id ?? "";
  }, PHONE.height);
  expect(reading).not.toBe("");
  await scrollToHeading(page, reading);
  // Read down into the section: its heading goes under the header, above the visible text.
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await headingAndHeader(page, reading)).heading).toBeLessThan(40);
  // By keyboard: a pointer click first scrolls the page to bring the (sticky) switch "into view".
  const before = await page.evaluate(() => window.scrollY);
  await page.getByTestId("language-switch").focus();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${lesson.replace("/ja/", "/en/")}#${reading}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(`#${reading}`)).toBeInViewport();

  // At the top of the page there is no section to keep.
  await page.goto(lesson);
  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(new RegExp(`${lesson.replace("/ja/", "/en/")}$`));
});
