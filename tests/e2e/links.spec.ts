import { expect, test } from "@playwright/test";
import { sitePaths } from "./helpers";

const attr = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));

test("every internal link and #anchor on every page resolves", async ({ request }) => {
  test.setTimeout(10 * 60_000);
  const paths = await sitePaths(request);
  const ids = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    ids.set(path, new Set(attr(html, "id")));
    for (const href of attr(html, "href")) {
      if (href.startsWith("/_next/") || href.startsWith("http") || href.startsWith("mailto:")) continue;
      if (/\.(css|js|svg|ico|png|xml|txt)$/.test(href.split("?")[0] ?? "")) continue;
      links.push({ from: path, href });
    }
  }
  const broken: string[] = [];
  const checked = new Map<string, number>();
  for (const { from, href } of links) {
    const url = new URL(href, `http://site${from}`);
    const target = url.pathname;
    if (!ids.has(target)) {
      let status = checked.get(target);
      if (status === undefined) {
        status = (await request.get(target, { maxRedirects: 0 })).status();
        checked.set(target, status);
      }
      if (status !== 200) broken.push(`${from} → ${href}: HTTP ${status}`);
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !ids.get(target)?.has(anchor)) broken.push(`${from} → ${href}: no element with id "${anchor}"`);
  }
  expect(broken, broken.join("\n")).toEqual([]);
  expect(links.length).toBeGreaterThan(paths.length);
});

test("the language switch on every page points at the same page in the other language", async ({ request }) => {
  const paths = await sitePaths(request);
  const wrong: string[] = [];
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const match = /<a[^>]*data-testid="language-switch"[^>]*>/.exec(html)?.[0] ?? "";
    const href = /href="([^"]*)"/.exec(match)?.[1];
    const expected = path.replace(/^\/(ja|en)/, (_, l: string) => (l === "ja" ? "/en" : "/ja"));
    if (href !== expected) wrong.push(`${path}: switch goes to ${href ?? "nowhere"}, expected ${expected}`);
  }
  expect(wrong, wrong.join("\n")).toEqual([]);
});
