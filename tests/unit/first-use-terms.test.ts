import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { compileLesson } from "@/lib/mdx/compile";

/** Compiles a lesson body and renders every <Term> as [id] when linked and as plain "id" when not. */
async function termsOf(body: string): Promise<string> {
  const compiled = await compileLesson(body, "test.mdx");
  if (!compiled.ok) throw new Error(compiled.data.problems.join("\n"));
  const Term = ({ id, plain, children }: { id: string; plain?: boolean; children?: ReactNode }) =>
    createElement("span", null, plain ? `(${String(children ?? id)})` : `[${String(children ?? id)}]`);
  const html = renderToStaticMarkup(createElement(compiled.Content, { components: { Term } }));
  return [...html.matchAll(/<span>([^<]*)<\/span>/g)].map((m) => m[1]).join(" ");
}

describe("only a term's first use in each section is a link", () => {
  it("links the first use and renders repeats in the same section as text", async () => {
    const out = await termsOf(`<Term id="endpoint" /> と <Term id="endpoint">推論エンドポイント</Term> と <Term id="hpo" />\n\n<Term id="endpoint" /> ふたたび\n`);
    expect(out).toBe("[endpoint] (推論エンドポイント) [hpo] (endpoint)");
  });

  it("links the term again under the next ## or ### heading, but not under ####", async () => {
    const body = [
      "## One {#one}",
      '<Term id="endpoint" /> <Term id="endpoint" />',
      "### Two {#two}",
      '<Term id="endpoint" />',
      "#### Three",
      '<Term id="endpoint" />',
      "## Four {#four}",
      '<Callout type="note"><Term id="endpoint" /></Callout>',
      "",
    ].join("\n\n");
    const compiled = await compileLesson(body, "test.mdx");
    if (!compiled.ok) throw new Error(compiled.data.problems.join("\n"));
    const Term = ({ id, plain }: { id: string; plain?: boolean }) => createElement("i", null, plain ? `(${id})` : `[${id}]`);
    const Callout = ({ children }: { children: ReactNode }) => createElement("div", null, children);
    const html = renderToStaticMarkup(createElement(compiled.Content, { components: { Term, Callout } }));
    expect([...html.matchAll(/<i>([^<]*)<\/i>/g)].map((m) => m[1])).toEqual(["[endpoint]", "(endpoint)", "[endpoint]", "(endpoint)", "[endpoint]"]);
  });
});
