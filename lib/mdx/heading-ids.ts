/**
 * Lesson headings carry a stable id written after the text: `## 開発の課題 {#develop}`.
 * MDX would read `{#develop}` as a JavaScript expression, so `escapeHeadingIds` escapes the braces on
 * heading lines (outside code fences) before compiling, and the remark plugin moves the id onto the heading.
 */
const HEADING_ID = /^(#{1,6}\s.*?)\s*\{#([^}\s]*)\}\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function escapeHeadingIds(source: string): string {
  let inFence = false;
  return source
    .split("\n")
    .map((line) => {
      if (FENCE.test(line)) inFence = !inFence;
      if (inFence) return line;
      const match = HEADING_ID.exec(line);
      return match ? `${match[1]} \\{#${match[2]}\\}` : line;
    })
    .join("\n");
}

export const HEADING_ID_SUFFIX = /\s*\{#([^}\s]*)\}\s*$/;
export const VALID_HEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
