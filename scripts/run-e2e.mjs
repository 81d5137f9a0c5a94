// Browser tests against the production build: find (or install) Chromium, build, run Playwright.
// SKIP_BUILD=1 reuses an existing .next build.
import { spawnSync } from "node:child_process";
import { ensureChromium } from "./find-chromium.mjs";

const chrome = await ensureChromium();
console.log(`Chromium: ${chrome}`);

const run = (cmd, args, env = {}) => {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (process.env.SKIP_BUILD !== "1") run("npx", ["next", "build"]);
run("npx", ["playwright", "test", ...process.argv.slice(2)], { CHROME_PATH: chrome });
