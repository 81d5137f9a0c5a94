import path from "node:path";

/** Root of everything a writer edits. Tests point CONTENT_DIR at fixtures. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? path.join(process.cwd(), "content");
}

/** Paths in messages are relative to the project, so they can be clicked in a terminal. */
export function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
