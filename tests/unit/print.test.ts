import { describe, expect, it } from "vitest";
import { cssString, runningHeadCss } from "@/lib/print";

describe("the printed running head", () => {
  it("puts the title and the URL in the top margin boxes", () => {
    expect(runningHeadCss("Lesson 1", "https://learn.example.com/en/lessons/a")).toBe(
      '@page { @top-left { content: "Lesson 1"; } @top-right { content: "https://learn.example.com/en/lessons/a"; } }',
    );
  });

  it("keeps any title inside its CSS string and the style element", () => {
    expect(cssString('He said "hi" \\ bye')).toBe('"He said \\"hi\\" \\\\ bye"');
    expect(cssString("a\nb")).toBe('"a b"');
    expect(cssString("</style><script>")).not.toContain("<");
  });
});
