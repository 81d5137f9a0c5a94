import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const FIXTURE = path.join(import.meta.dirname, "..", "fixtures", "content");

const copies: string[] = [];

/** Removes every copy made by fixtureCopy; call from afterAll. */
export function removeFixtureCopies(): void {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A private copy of the fixture content, with some files replaced or removed. */
export function fixtureCopy(changes: Record<string, string | null> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-"));
  copies.push(dir);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (text === null) fs.rmSync(target);
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  return dir;
}

export function read(file: string): string {
  return fs.readFileSync(path.join(FIXTURE, file), "utf8");
}

/** The fixture file with one frontmatter/YAML line replaced (or removed when `to` is empty). */
export function editLine(file: string, from: RegExp, to: string): string {
  const text = read(file);
  if (!from.test(text)) throw new Error(`${from} not found in ${file}`);
  return text.replace(from, to);
}
