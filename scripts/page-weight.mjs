// The weight of prerendered pages: first-load JS (gzip, every script the HTML loads) and HTML size, read from
// `.next` after a build. Shared by the benchmark (which prints it) and the size-budget test (which fails on it):
// sizes are deterministic, so their budgets may fail `npm test`.
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = process.cwd();
const appDir = path.join(root, ".next", "server", "app");
const htmlFile = (route) => path.join(appDir, route === "/" ? "index.html" : `${route.replace(/^\//, "")}.html`);
const first = (dir, skip = []) =>
  fs
    .readdirSync(path.join(appDir, dir))
    .filter((f) => f.endsWith(".html") && !skip.includes(f))
    .sort()[0]
    ?.replace(/\.html$/, "");

/**
 * The pages measured, and each one's budget in KB of gzip JS beyond the framework baseline (a page of the same
 * Next.js that renders almost nothing: `/`, which only redirects by language).
 */
export function measuredPages() {
  return [
    { name: "framework baseline (/)", route: "/" },
    { name: "home", route: "/ja", budget: 8 },
    { name: "lesson", route: `/ja/lessons/${first("ja/lessons")}`, budget: 8 },
    { name: "service", route: `/ja/services/${first("ja/services")}`, budget: 8 },
    { name: "term", route: `/ja/glossary/${first("ja/glossary")}`, budget: 8 },
    { name: "glossary", route: "/ja/glossary", budget: 20 },
    { name: "quiz (practice set)", route: `/ja/quiz/${first("ja/quiz", ["exam.html", "review.html", "readiness.html", "drill.html", "bookmarks.html"])}`, budget: 35 },
    { name: "exam", route: "/ja/quiz/exam", budget: 35 },
    { name: "spaced review", route: "/ja/quiz/review", budget: 35 },
    { name: "readiness", route: "/ja/quiz/readiness", budget: 35 },
    { name: "self-review", route: "/ja/review", budget: 35 },
    { name: "exam guide", route: "/ja/exams/mla-c01", budget: 8 },
  ];
}

export function measure(route) {
  const html = fs.readFileSync(htmlFile(route), "utf8");
  const scripts = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) scripts.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="preload"[^>]+as="script"[^>]+href="([^"]+)"/g)) scripts.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+as="script"[^>]+rel="preload"[^>]+href="([^"]+)"/g)) scripts.add(m[1]);
  let js = 0;
  for (const src of scripts) {
    const file = path.join(root, ".next", src.replace(/^\/_next\//, "").split("?")[0]);
    js += gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return { html: Buffer.byteLength(html), htmlGzip: gzipSync(html, { level: 9 }).length, js, scripts: scripts.size };
}
