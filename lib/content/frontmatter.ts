import { parse } from "yaml";
import { ContentError } from "./errors";

/** Splits `---\nyaml\n---\nbody` into parsed YAML data and the body. */
export function splitFrontmatter(source: string, file: string): { data: unknown; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new ContentError(file, ["(frontmatter): the file must start with a --- YAML block ---"]);
  let data: unknown;
  try {
    data = parse(match[1] ?? "");
  } catch (error) {
    throw new ContentError(file, [`(frontmatter): not valid YAML: ${(error as Error).message}`]);
  }
  const bodyLine = match[0].split("\n").length;
  return { data, body: source.slice(match[0].length), bodyLine };
}
