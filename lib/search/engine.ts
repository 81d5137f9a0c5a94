import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { isCjkToken, normalize, tokenize } from "./analyzer";
import { editDistance } from "./edit-distance";

export { editDistance };

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
    // At most two typos in a word: more finds little of use and costs the most.
    maxFuzzy: 2,
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

/** Stored fields go through extractField, so `names` comes back from the index as one joined string. */
function namesOf(doc: Pick<StoredDoc, "names">): string[] {
  const names: unknown = doc.names;
  return Array.isArray(names) ? names.map(String) : typeof names === "string" ? names.split(" \n ") : [];
}

const compactCache = new Map<string, string>();

/** The normalized letters and digits of a text; names repeat across queries, so they are cached. */
function compact(text: string): string {
  let value = compactCache.get(text);
  if (value === undefined) {
    value = normalize(text).replace(/[^\p{L}\p{N}]/gu, "");
    if (compactCache.size > 20_000) compactCache.clear();
    compactCache.set(text, value);
  }
  return value;
}

/**
 * How well the whole query names this document, as a tier that outranks the text score: 4 = it is
 * the title, 3 = a reading or alias, 2 = a title or alias within a typo or two, 1 = a name starting
 * with the query, 0 = the words only appear somewhere. Typing a term's name puts that term first.
 */
export function nameMatchTier(query: string, doc: Pick<StoredDoc, "title" | "names">): number {
  const q = compact(query);
  if (!q) return 0;
  let tier = 0;
  for (const [i, name] of [doc.title, ...namesOf(doc)].entries()) {
    const n = compact(name);
    if (!n) continue;
    if (n === q) tier = Math.max(tier, i === 0 ? 4 : 3);
    else if (q.length >= 5 && editDistance(q, n, 2) <= (q.length >= 8 ? 2 : 1)) tier = Math.max(tier, 2);
    else if (q.length >= 2 && n.startsWith(q)) tier = Math.max(tier, 1);
  }
  return tier;
}

export interface Hit extends StoredDoc {
  score: number;
  tier: number;
  /** Normalized query tokens that matched, for highlighting. */
  terms: string[];
}

const MAX_QUERY = 200;
const RERANK = 100;

/** Ranked results. Never throws, whatever is typed. */
export function search(index: MiniSearch<SearchDoc>, query: string, limit = 50): Hit[] {
  try {
    const q = query.slice(0, MAX_QUERY);
    if (tokenize(q).length === 0) return [];
    // Re-rank only the best-scoring candidates: a name match scores high anyway (title and names are boosted).
    const rank = (results: SearchResult[]) =>
      results
        .slice(0, Math.max(limit, RERANK))
        .map((r) => {
          const doc = r as unknown as StoredDoc & SearchResult;
          return { ...pickStored(doc), score: r.score, tier: nameMatchTier(q, doc), terms: r.terms };
        })
        .sort((a, b) => b.tier - a.tier || b.score - a.score);
    // Typo tolerance is the costly part of a search. Try without it first; when a name already matches
    // the query exactly or as a prefix, the typo-tolerant search cannot put anything above it.
    const exact = rank(index.search(q, { fuzzy: false }));
    if ((exact[0]?.tier ?? 0) >= 3) return exact.slice(0, limit);
    return rank(index.search(q)).slice(0, limit);
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
    names: namesOf(doc),
    text: doc.text,
    href: doc.href,
    context: doc.context,
  };
}
