import { describe, expect, it } from "vitest";
import { countEnglishWords, countJapaneseCharacters, readingMinutes } from "@/lib/reading-time";

describe("reading time", () => {
  it("counts Japanese by characters, ignoring spaces and punctuation", () => {
    expect(countJapaneseCharacters("機械学習、です。 ML")).toBe(8);
  });
  it("counts English by words, keeping contractions whole", () => {
    expect(countEnglishWords("SageMaker AI isn't hard — it's managed.")).toBe(6);
  });
  it.each([
    ["あ".repeat(500), "ja", 1],
    ["あ".repeat(2600), "ja", 5],
    [Array(1000).fill("word").join(" "), "en", 5],
    ["", "en", 1],
    ["短い", "ja", 1],
  ] as const)("%#: %s chars in %s → %i min", (text, locale, minutes) => {
    expect(readingMinutes(text, locale)).toBe(minutes);
  });
});
