export interface HeadingTop {
  id: string;
  /** Distance from the top of the viewport, in px (negative once scrolled past). */
  top: number;
}

/**
 * The line the reader is taken to be reading at: a quarter of the way down the part of the window that the
 * sticky header does not cover. The table of contents highlights the section at this line, and the language
 * switch keeps the reader in it.
 */
export function readingLine(headerBottom: number, viewportHeight: number): number {
  return headerBottom + Math.max(0, viewportHeight - headerBottom) / 4;
}

/**
 * The section being read: the last heading (in document order) whose top is at or above the reading line,
 * or undefined above the first heading.
 */
export function currentHeading(headings: readonly HeadingTop[], line: number): string | undefined {
  let current: string | undefined;
  for (const heading of headings) {
    if (heading.top > line) break;
    current = heading.id;
  }
  return current;
}

/** The same in the page: the headings of the lesson body, measured now. */
export function currentHeadingInPage(doc: Document = document): string | undefined {
  const headings = [...doc.querySelectorAll<HTMLElement>("[data-lesson-body] :is(h2, h3)[id]")].map((el) => ({
    id: el.id,
    top: el.getBoundingClientRect().top,
  }));
  if (headings.length === 0) return undefined;
  const headerBottom = doc.querySelector("body > header")?.getBoundingClientRect().bottom ?? 0;
  return currentHeading(headings, readingLine(Math.max(0, headerBottom), window.innerHeight));
}
