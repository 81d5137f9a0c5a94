/** A CSS string literal for any text: quotes, backslashes, line breaks and `<` escaped. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, " ")
    .replace(/</g, "\\3c ");
  return `"${escaped}"`;
}

/**
 * The running head of a printed page: the title at the top left and the page's URL at the top right of every
 * sheet (page margin boxes; browsers without them print their own header and footer instead).
 */
export function runningHeadCss(title: string, url: string): string {
  return `@page { @top-left { content: ${cssString(title)}; } @top-right { content: ${cssString(url)}; } }`;
}
