import { expect, test } from "@playwright/test";
import { axeViolations, localeOf, PHONE, phoneLayoutProblems, shard, sitePaths, watchErrors } from "./helpers";

// Every page the content produces, in both locales: loads, has the right lang, logs no error, fits a phone
// (no sideways scrolling at 390 and 320 px, header at most 72 px high), and passes axe (WCAG 2.1 A/AA): every
// rule on the phone layout in the light theme, and the colour rules on the desktop layout in the dark theme.
const SHARDS = 6;
const DESKTOP = { width: 1280, height: 720 };

for (let index = 0; index < SHARDS; index++) {
  test(`every page loads cleanly, fits a phone and passes axe in both themes (part ${index + 1}/${SHARDS})`, async ({ page, request }) => {
    test.setTimeout(15 * 60_000);
    const paths = shard(await sitePaths(request), index, SHARDS);
    const problems: string[] = [];
    const errors = watchErrors(page);
    for (const path of paths) {
      errors.length = 0;
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(path, { waitUntil: "load" });
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      const lang = await page.locator("html").getAttribute("lang");
      if (lang !== localeOf(path)) problems.push(`${path}: html lang is ${lang}`);
      await expect(page.locator("h1")).toHaveCount(1);
      problems.push(...(await phoneLayoutProblems(page, path)));
      for (const v of await axeViolations(page)) problems.push(`${path} [light, phone]: ${v}`);
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: "dark" });
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      for (const v of await axeViolations(page, true)) problems.push(`${path} [dark, desktop]: ${v}`);
      for (const e of errors) problems.push(`${path}: ${e}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
}
