import { normalize, tokenize } from "./analyzer";

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matched segments for the query (and any extra matched terms, such as
 * the corrected word behind a typo). Matching uses the search analyzer, so ｴﾝﾄﾞ highlights エンド.
 */
export function highlight(text: string, query: string, extraTerms: readonly string[] = []): Segment[] {
  // Normalize character by character, remembering where each normalized character came from.
  let normalized = "";
  const origin: number[] = [];
  const chars = [...text];
  let offset = 0;
  for (const ch of chars) {
    const n = normalize(ch);
    for (let k = 0; k < n.length; k++) origin.push(offset);
    normalized += n;
    offset += ch.length;
  }
  const needles = new Set([...tokenize(query), ...extraTerms.map((t) => normalize(t))].filter((t) => t.length > 0));
  const marked = new Array<boolean>(text.length).fill(false);
  for (const needle of needles) {
    let from = 0;
    for (;;) {
      const at = normalized.indexOf(needle, from);
      if (at < 0) break;
      const start = origin[at] ?? 0;
      const endChar = origin[at + needle.length - 1] ?? start;
      const end = endChar + (text.codePointAt(endChar) !== undefined && (text.codePointAt(endChar) ?? 0) > 0xffff ? 2 : 1);
      for (let i = start; i < end; i++) marked[i] = true;
      from = at + 1;
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const match = marked[i] ?? false;
    const last = segments.at(-1);
    if (last && last.match === match) last.text += text[i];
    else segments.push({ text: text[i] ?? "", match });
  }
  return segments;
}
