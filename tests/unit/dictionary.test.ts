import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/dictionary-en";
import { ja } from "@/lib/i18n/dictionary-ja";

function shape(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [`${prefix}:${typeof value}`];
  return Object.entries(value).flatMap(([key, v]) => shape(v, prefix ? `${prefix}.${key}` : key)).sort();
}

describe("UI dictionaries", () => {
  it("have the same keys and kinds of value in ja and en", () => {
    expect(shape(ja)).toEqual(shape(en));
  });
  it("have no empty string", () => {
    const empties = [...shape(ja), ...shape(en)].length;
    expect(empties).toBeGreaterThan(50);
    const check = (value: unknown): boolean =>
      typeof value === "string" ? value.trim().length > 0 : typeof value === "object" && value !== null ? Object.values(value).every(check) : true;
    expect(check(ja)).toBe(true);
    expect(check(en)).toBe(true);
  });
});
