import type { Heading, Root, RootContent, Text } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { markRepeatedTerms } from "./first-use";
import { HEADING_ID_SUFFIX, VALID_HEADING_ID } from "./heading-ids";

export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
  line: number;
}

/** A link written with a cross-link component, checked against the content once everything is loaded. */
export type ContentLink =
  | { kind: "service"; id: string; line: number }
  | { kind: "term"; id: string; line: number }
  | { kind: "lesson"; id: string; anchor?: string; line: number }
  | { kind: "diagram"; id: string; line: number };

export interface SectionText {
  /** The heading id, or "" for text before the first heading. */
  id: string;
  heading: string;
  text: string;
}

export interface LessonData {
  toc: TocEntry[];
  /** Prose of each section (code left out), for the site search. */
  sections: SectionText[];
  links: ContentLink[];
  /** Prose only (code blocks left out), for reading time. */
  prose: string;
  problems: string[];
}

/** Wraps `service:id` or `term:id` in section texts where a component shows a name (see lessonSectionDocs). */
export const NAME_MARK = "\u2063";
const NAME_MARKS = new RegExp(`${NAME_MARK}(service|term):([a-z0-9-]+)${NAME_MARK}`, "g");

export function stripNameMarks(text: string): string {
  return text.replace(NAME_MARKS, "");
}

/** Replaces each marker with the name `name` gives (an unknown id leaves nothing). */
export function fillNameMarks(text: string, name: (kind: "service" | "term", id: string) => string | undefined): string {
  return text.replace(NAME_MARKS, (_m, kind: "service" | "term", id: string) => name(kind, id) ?? "");
}

export const ALLOWED_COMPONENTS = new Set(["Callout", "Svc", "Term", "LessonLink", "Diagram"]);

function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined | null {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name);
  if (!attr) return undefined;
  return typeof attr.value === "string" ? attr.value : null;
}

/** Collects the table of contents, cross-links and prose of a lesson, and moves heading ids onto headings. */
export function remarkLesson() {
  return (tree: Root, file: VFile) => {
    const data: LessonData = { toc: [], sections: [], links: [], prose: "", problems: [] };
    const seen = new Set<string>();

    visit(tree, "heading", (node: Heading) => {
      const line = node.position?.start.line ?? 0;
      if (node.depth === 1) {
        data.problems.push(`line ${line}: use ## or ### for headings (the lesson title is the page's h1)`);
        return;
      }
      const last = node.children.at(-1);
      const match = last?.type === "text" ? HEADING_ID_SUFFIX.exec(last.value) : null;
      if (!match || !last) {
        if (node.depth <= 3) {
          data.problems.push(`line ${line}: heading "${toString(node)}" needs a stable id, e.g. {#my-section}`);
        }
        return;
      }
      const id = match[1] ?? "";
      (last as Text).value = (last as Text).value.slice(0, match.index);
      if (!VALID_HEADING_ID.test(id)) {
        data.problems.push(`line ${line}: heading id "${id}" must be lower-case letters, digits and hyphens`);
      } else if (seen.has(id)) {
        data.problems.push(`line ${line}: heading id "${id}" is used twice`);
      }
      seen.add(id);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      if (node.depth === 2 || node.depth === 3) data.toc.push({ depth: node.depth, id, text: toString(node).trim(), line });
    });

    const components = (node: MdxJsxFlowElement | MdxJsxTextElement) => {
      const line = node.position?.start.line ?? 0;
      const name = node.name ?? "";
      if (!ALLOWED_COMPONENTS.has(name)) {
        data.problems.push(`line ${line}: <${name || "fragment"}> is not a lesson component (use ${[...ALLOWED_COMPONENTS].join(", ")})`);
        return;
      }
      const need = (attr: string): string | undefined => {
        const value = attribute(node, attr);
        if (value === undefined) data.problems.push(`line ${line}: <${name}> needs ${attr}="..."`);
        else if (value === null) data.problems.push(`line ${line}: <${name} ${attr}> must be a plain string`);
        return value ?? undefined;
      };
      if (name === "Svc") {
        const id = need("id");
        if (id) data.links.push({ kind: "service", id, line });
      } else if (name === "Term") {
        const id = need("id");
        if (id) data.links.push({ kind: "term", id, line });
      } else if (name === "LessonLink") {
        const id = need("slug");
        const anchor = attribute(node, "anchor") ?? undefined;
        if (id) data.links.push({ kind: "lesson", id, anchor, line });
      } else if (name === "Diagram") {
        const id = need("name");
        if (id) data.links.push({ kind: "diagram", id, line });
      } else if (name === "Callout") {
        const type = attribute(node, "type");
        if (type !== "note" && type !== "warning" && type !== "retired") {
          data.problems.push(`line ${line}: <Callout type> must be "note", "warning" or "retired"`);
        }
      }
    };
    visit(tree, "mdxJsxFlowElement", components);
    visit(tree, "mdxJsxTextElement", components);
    markRepeatedTerms(tree);

    visit(tree, (node) => {
      if (node.type === "mdxjsEsm") {
        data.problems.push(`line ${node.position?.start.line ?? 0}: import/export is not allowed in lessons`);
      }
    });

    const prose: string[] = [];
    const collect = (node: RootContent | Root) => {
      if (node.type === "code") return;
      if (node.type === "text" || node.type === "inlineCode") {
        prose.push(node.value);
        return;
      }
      // <Svc id="s3" /> and <Term id="x" /> render a name the file does not contain: leave a marker that the
      // search index replaces with that name, so snippets have no holes (lessonSectionDocs).
      if ((node.type === "mdxJsxTextElement" || node.type === "mdxJsxFlowElement") && (node.name === "Svc" || node.name === "Term") && node.children.length === 0) {
        const id = attribute(node, "id");
        if (typeof id === "string") prose.push(`${NAME_MARK}${node.name === "Svc" ? "service" : "term"}:${id}${NAME_MARK}`);
        return;
      }
      if ("children" in node) for (const child of node.children) collect(child);
      prose.push(" ");
    };
    collect(tree);
    data.prose = stripNameMarks(prose.join("")).replace(/\s+/g, " ").trim();

    // Section texts: top-level nodes between one ##/### heading and the next.
    let current: SectionText = { id: "", heading: "", text: "" };
    const sections: SectionText[] = [current];
    for (const node of tree.children) {
      if (node.type === "heading" && node.depth <= 3) {
        const id = (node.data?.hProperties as { id?: string } | undefined)?.id ?? "";
        current = { id, heading: toString(node).trim(), text: "" };
        sections.push(current);
        continue;
      }
      const before = prose.length;
      collect(node);
      current.text += ` ${prose.slice(before).join("")}`;
    }
    data.sections = sections
      .map((section) => ({ ...section, text: section.text.replace(/\s+/g, " ").trim() }))
      .filter((section) => section.id !== "" || section.text !== "");

    file.data.lesson = data;
  };
}
