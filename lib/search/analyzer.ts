/**
 * One analyzer for indexing and for queries, so a word is cut the same way on both sides.
 *
 * normalize: NFKC (full-width ↔ half-width, ｴﾝﾄﾞ → エンド), case folding, katakana → hiragana,
 * small kana → full size, long-vowel marks and middle dots dropped (パラメーター = パラメータ).
 * tokenize: Latin/digit words stay whole (and two neighbouring words also join into one compound, so
 * "fine tuning" meets "finetuning"); kana and kanji runs become character bigrams (a single character
 * stays a unigram), so Japanese needs no dictionary and no spaces.
 */

const SMALL_KANA: Record<string, string> = {
  ぁ: "あ", ぃ: "い", ぅ: "う", ぇ: "え", ぉ: "お", っ: "つ", ゃ: "や", ゅ: "ゆ", ょ: "よ", ゎ: "わ", ゕ: "か", ゖ: "け",
};

/** Characters that carry no meaning for matching: long-vowel marks and middle dots. Hyphens split words. */
const DROPPED = /[ー〜～・･]/g;

export function normalize(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKC").toLowerCase()) {
    const code = ch.codePointAt(0) ?? 0;
    // Katakana (ァ..ヶ) → hiragana (ぁ..ゖ)
    const hira = code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch === "ヴ" ? "ゔ" : ch;
    out += SMALL_KANA[hira] ?? hira;
  }
  return out.replace(DROPPED, "");
}

const CJK = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const WORD = /[\p{L}\p{N}]/u;

/** Splits normalized text into Latin words and CJK bigrams. Never throws; at most `limit` tokens. */
export function tokenize(text: string, limit = 2000): string[] {
  const tokens: string[] = [];
  const normalized = normalize(text.length > 20_000 ? text.slice(0, 20_000) : text);
  let latin = "";
  let previousWord = "";
  let cjk: string[] = [];
  const flushLatin = () => {
    if (latin) {
      tokens.push(latin);
      // "fine tuning" also yields "finetuning", so compounds match however they are spaced.
      if (previousWord) tokens.push(previousWord + latin);
      previousWord = latin;
    }
    latin = "";
  };
  const flushCjk = () => {
    if (cjk.length > 0) previousWord = "";
    if (cjk.length === 1) tokens.push(cjk[0] ?? "");
    for (let i = 0; i + 1 < cjk.length; i++) tokens.push(`${cjk[i]}${cjk[i + 1]}`);
    cjk = [];
  };
  for (const ch of normalized) {
    if (CJK.test(ch)) {
      flushLatin();
      cjk.push(ch);
    } else if (WORD.test(ch)) {
      flushCjk();
      latin += ch;
    } else {
      flushLatin();
      flushCjk();
      // Only spaces, hyphens and slashes join words into compounds.
      if (!/[\s\-/_]/u.test(ch)) previousWord = "";
    }
    if (tokens.length >= limit) break;
  }
  flushLatin();
  flushCjk();
  return tokens.slice(0, limit);
}

export function isCjkToken(token: string): boolean {
  return CJK.test(token);
}
