import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { isCjkToken, normalize, tokenize } from "./analyzer";

/** A searchable thing: a glossary term, a service or a lesson section. */
export interface SearchDoc {
  id: string;
  kind: "term" | "service" | "lesson";
  /** The locale of the page this result opens. */
  locale: "ja" | "en";
  title: string;
  /** Other names that should match as strongly as the title: readings, aliases, the other language's name. */
  names: string[];
  /** The one-line summary shown under the title. */
  text: string;
  /** Longer text, matched weakly. */
  body: string;
  href: string;
  /** For a lesson section: the lesson's title. */
  context?: string;
}

export type StoredDoc = Pick<SearchDoc, "id" | "kind" | "locale" | "title" | "text" | "href" | "context"> & { names: string[] };

const FIELDS = ["title", "names", "text", "body"] as const;
const STORE = ["id", "kind", "locale", "title", "names", "text", "href", "context"] as const;

/** The same options when building (at build time) and loading (in the browser). */
export const searchOptions: Options<SearchDoc> = {
  fields: [...FIELDS],
  storeFields: [...STORE],
  extractField: (doc, field) => {
    const value = doc[field as keyof SearchDoc];
    return Array.isArray(value) ? value.join(" \n ") : (value as string | undefined) ?? "";
  },
  tokenize: (text) => tokenize(text),
  processTerm: (term) => term,
  searchOptions: {
    boost: { title: 6, names: 5, text: 1.5, body: 0.5 },
    // Latin words: prefix and up to ~1 typo in 5 letters; CJK bigrams: exact only.
    prefix: (term) => !isCjkToken(term) && term.length >= 2,
    fuzzy: (term) => (!isCjkToken(term) && term.length >= 4 ? 0.25 : false),
    combineWith: "OR",
  },
};

export function buildIndex(docs: SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(searchOptions);
  index.addAll(docs);
  return index;
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, searchOptions);
}

/** Levenshtein distance, capped: returns `cap + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(value);
      best = Math.min(best, value);
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}

const compact = (text: string) => normalize(text).replace(/[^\p{L}\p{N}]/gu, "");

/**
 * How well the whole query names this document: typing a term's name, reading or alias (or very
 * nearly) should put that term first, above documents that merely mention the words.
 */
export function nameMatchBonus(query: string, doc: Pick<StoredDoc, "title" | "names">): number {
  const q = compact(query);
  if (!q) return 0;
  let bonus = 0;
  for (const [i, name] of [doc.title, ...doc.names].entries()) {
    const n = compact(name);
    if (!n) continue;
    const weight = i === 0 ? 1 : 0.9;
    if (n === q) bonus = Math.max(bonus, 100 * weight);
    else if (n.startsWith(q) && q.length >= 2) bonus = Math.max(bonus, (40 + 20 * (q.length / n.length)) * weight);
    else if (q.length >= 5 && editDistance(q, n, 2) <= (q.length >= 8 ? 2 : 1)) bonus = Math.max(bonus, 70 * weight);
  }
  return bonus;
}

export interface Hit extends StoredDoc {
  score: number;
  /** Normalized query tokens that matched, for highlighting. */
  terms: string[];
}

const MAX_QUERY = 200;

/** Ranked results. Never throws, whatever is typed. */
export function search(index: MiniSearch<SearchDoc>, query: string, limit = 50): Hit[] {
  try {
    const q = query.slice(0, MAX_QUERY);
    if (tokenize(q).length === 0) return [];
    const results: SearchResult[] = index.search(q);
    return results
      .map((r) => {
        const doc = r as unknown as StoredDoc & SearchResult;
        return { ...pickStored(doc), score: r.score + nameMatchBonus(q, doc) * (1 + r.score / 100), terms: r.terms };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  } catch {
    return [];
  }
}

function pickStored(doc: StoredDoc): StoredDoc {
  return {
    id: doc.id,
    kind: doc.kind,
    locale: doc.locale,
    title: doc.title,
    names: doc.names,
    text: doc.text,
    href: doc.href,
    context: doc.context,
  };
}
