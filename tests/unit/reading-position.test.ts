import { describe, expect, it } from "vitest";
import { currentHeading, readingLine } from "@/lib/ui/reading-position";

const headings = [
  { id: "goals", top: -900 },
  { id: "develop", top: -120 },
  { id: "deploy", top: 300 },
  { id: "recap", top: 1400 },
];

describe("the section being read", () => {
  it("is the last heading at or above the reading line", () => {
    expect(currentHeading(headings, 200)).toBe("develop");
    expect(currentHeading(headings, 300)).toBe("deploy");
    expect(currentHeading(headings, 299.5)).toBe("develop");
  });

  it("is nothing above the first heading, and the last heading at the end", () => {
    expect(currentHeading(headings, -1000)).toBeUndefined();
    expect(currentHeading(headings, 5000)).toBe("recap");
    expect(currentHeading([], 100)).toBeUndefined();
  });

  it("reads a quarter of the way down the window below the header", () => {
    expect(readingLine(64, 844)).toBe(64 + 195);
    expect(readingLine(0, 800)).toBe(200);
    expect(readingLine(900, 800)).toBe(900);
  });

  it("counts a heading just jumped to (under the header, with the scroll padding) as the current one", () => {
    const line = readingLine(64, 844);
    expect(currentHeading([{ id: "a", top: -400 }, { id: "b", top: 64 + 24 }], line)).toBe("b");
  });
});
