import type { Root } from "mdast";
import type { MdxJsxAttribute } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";

/**
 * Only the first use of a term in each section (the text under one ## or ### heading) is a link: later
 * `<Term id>` of the same id in that section get a `plain` attribute, and the Term component renders them as text.
 */
export function markRepeatedTerms(tree: Root): void {
  let seen = new Set<string>();
  visit(tree, (node) => {
    if (node.type === "heading") {
      if (node.depth <= 3) seen = new Set();
      return;
    }
    if ((node.type !== "mdxJsxTextElement" && node.type !== "mdxJsxFlowElement") || node.name !== "Term") return;
    const idAttr = node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === "id");
    const id = typeof idAttr?.value === "string" ? idAttr.value : undefined;
    if (!id) return;
    if (seen.has(id)) {
      if (!node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "plain")) {
        node.attributes.push({ type: "mdxJsxAttribute", name: "plain", value: null });
      }
    } else {
      seen.add(id);
    }
  });
}
