import type { Locale } from "./i18n/locales";

/** Typical silent-reading speeds for technical prose. */
export const JAPANESE_CHARS_PER_MINUTE = 500;
export const ENGLISH_WORDS_PER_MINUTE = 200;

/** Characters a Japanese reader reads: letters, digits, kana and kanji; no spaces or punctuation. */
export function countJapaneseCharacters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

export function countEnglishWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
}

/** Whole minutes, at least 1: characters for Japanese, words for English. */
export function readingMinutes(text: string, locale: Locale): number {
  const minutes =
    locale === "ja"
      ? countJapaneseCharacters(text) / JAPANESE_CHARS_PER_MINUTE
      : countEnglishWords(text) / ENGLISH_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
