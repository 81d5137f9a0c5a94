import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/routes";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "ja"],
    ["", "ja"],
    ["en-US,en;q=0.9", "en"],
    ["ja-JP,ja;q=0.9,en-US;q=0.8", "ja"],
    ["en-GB;q=0.5,ja;q=0.8", "ja"],
    ["fr-FR,fr;q=0.9,en;q=0.5", "en"],
    ["fr-FR,de;q=0.9", "ja"],
    ["EN", "en"],
    ["*", "ja"],
    ["en;q=0,ja;q=0.1", "ja"],
    ["en;q=abc", "ja"],
    [";;;,,,", "ja"],
    ["zh-TW, en;q=0.3", "en"],
  ] as const)("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("switchLocalePath", () => {
  it.each([
    ["/ja", "en", "/en"],
    ["/ja/lessons/what-is-sagemaker-ai", "en", "/en/lessons/what-is-sagemaker-ai"],
    ["/en/glossary", "ja", "/ja/glossary"],
    ["/", "en", "/en"],
    ["/fr/x", "ja", "/ja"],
  ] as const)("%s → %s", (from, to, expected) => {
    expect(switchLocalePath(from, to)).toBe(expected);
  });
});
