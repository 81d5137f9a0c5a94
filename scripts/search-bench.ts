/**
 * Search figures for the benchmark: index size (gzip) and query time over the golden queries in Node.
 * Run by scripts/bench.mjs through tsx; prints one JSON line.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { golden } from "../tests/data/golden-queries";
import { loadIndex, search } from "../lib/search/engine";

const dir = path.join(process.cwd(), ".next", "server", "app", "search");
const sizes: Record<string, number> = {};
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json.body"))) {
  sizes[file.replace(/\.body$/, "")] = gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length;
}
const index = loadIndex(fs.readFileSync(path.join(dir, "glossary-ja.json.body"), "utf8"));
// Warm up, then time every golden query 50 times.
for (const [q] of golden) search(index, q);
const times: number[] = [];
for (let round = 0; round < 50; round++) {
  for (const [q] of golden) {
    const start = process.hrtime.bigint();
    search(index, q);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
console.log(JSON.stringify({ sizes, queries: times.length, median: at(0.5), p95: at(0.95) }));
