// Finds a Chromium for the browser tests, installing one when none is found.
// Order: $CHROME_PATH, Debian's /usr/bin/chromium (and friends), Playwright's own download.
// If none exists: try Playwright's download, then Debian's package (as root), else stop with one line.
import { execSync, spawnSync } from "node:child_process";
import fs from "node:fs";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

async function playwrightChromium() {
  try {
    const { chromium } = await import("playwright");
    const path = chromium.executablePath();
    return path && fs.existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function findChromium() {
  if (process.env.CHROME_PATH && fs.existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  const system = candidates.find((c) => fs.existsSync(c));
  if (system) return system;
  return playwrightChromium();
}

export async function ensureChromium() {
  let found = await findChromium();
  if (found) return found;
  console.log("No Chromium found; trying Playwright's download…");
  spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  found = await findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("Installing Debian's chromium package…");
    try {
      execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk", { stdio: "inherit" });
    } catch {
      // Reported below.
    }
    found = await findChromium();
    if (found) return found;
  }
  console.error("No Chromium: install one (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.");
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await ensureChromium());
}
