/** The headings of a Japanese dictionary index: あ行 … わ行, then Latin letters and others. */
export const kanaRows = ["あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ"] as const;

const rowStarts: [string, string][] = [
  ["あ", "ぁあぃいぅうゔぇえぉお"],
  ["か", "かがきぎくぐけげこご"],
  ["さ", "さざしじすずせぜそぞ"],
  ["た", "ただちぢっつづてでとど"],
  ["な", "なにぬねの"],
  ["は", "はばぱひびぴふぶぷへべぺほぼぽ"],
  ["ま", "まみむめも"],
  ["や", "ゃやゅゆょよ"],
  ["ら", "らりるれろ"],
  ["わ", "ゎわゐゑをん"],
];

/** The index heading for a Japanese reading: its kana row, or the Latin letter, or "#". */
export function japaneseIndexKey(reading: string): string {
  const first = reading.normalize("NFKC").trim().charAt(0);
  for (const [row, chars] of rowStarts) if (chars.includes(first)) return row;
  const latin = first.toUpperCase();
  return /[A-Z]/.test(latin) ? latin : "#";
}

/** The index heading for an English name: its first letter, or "#". */
export function englishIndexKey(name: string): string {
  const first = name.normalize("NFKC").trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}
