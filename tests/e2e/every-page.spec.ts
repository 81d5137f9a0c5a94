import { expect, test } from "@playwright/test";
import { axeViolations, localeOf, shard, sitePaths, watchErrors } from "./helpers";

// Every page the content produces, in both locales: loads, has the right lang, logs no error,
// and passes axe (WCAG 2.1 A/AA) in the light theme and, for every colour rule, in the dark theme.
const SHARDS = 6;

for (let index = 0; index < SHARDS; index++) {
  test(`every page loads cleanly and passes axe in both themes (part ${index + 1}/${SHARDS})`, async ({ page, request }) => {
    test.setTimeout(15 * 60_000);
    const paths = shard(await sitePaths(request), index, SHARDS);
    const problems: string[] = [];
    const errors = watchErrors(page);
    for (const path of paths) {
      errors.length = 0;
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(path, { waitUntil: "load" });
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      const lang = await page.locator("html").getAttribute("lang");
      if (lang !== localeOf(path)) problems.push(`${path}: html lang is ${lang}`);
      await expect(page.locator("h1")).toHaveCount(1);
      for (const v of await axeViolations(page)) problems.push(`${path} [light]: ${v}`);
      await page.emulateMedia({ colorScheme: "dark" });
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      for (const v of await axeViolations(page, true)) problems.push(`${path} [dark]: ${v}`);
      for (const e of errors) problems.push(`${path}: ${e}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
}
