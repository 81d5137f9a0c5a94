import { compile, run } from "@mdx-js/mdx";
import rehypeShiki from "@shikijs/rehype";
import type { MDXContent } from "mdx/types";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";
import { VFile } from "vfile";
import { escapeHeadingIds } from "./heading-ids";
import { remarkLesson, type LessonData } from "./remark-lesson";

declare module "vfile" {
  interface DataMap {
    lesson: LessonData;
  }
}

export const codeThemes = { light: "github-light-default", dark: "github-dark-default" } as const;

/**
 * github-light-default greys comments as #6e7781, which is 4.27:1 on our light code background (#f6f8fa),
 * under WCAG AA's 4.5:1. #57606a is 5.8:1 and still reads as a comment.
 */
export const codeColorReplacements = { "github-light-default": { "#6e7781": "#57606a" } };

export type CompiledMdx = { ok: true; Content: MDXContent; data: LessonData } | { ok: false; data: LessonData };

/** Compiles a lesson body (frontmatter already removed) into a React component plus what the page needs. */
export async function compileLesson(body: string, path: string): Promise<CompiledMdx> {
  const file = new VFile({ value: escapeHeadingIds(body), path });
  const code = await compile(file, {
    outputFormat: "function-body",
    development: false,
    remarkPlugins: [remarkGfm, remarkLesson],
    rehypePlugins: [[rehypeShiki, { themes: codeThemes, defaultColor: "light", addLanguageClass: true, colorReplacements: codeColorReplacements }]],
  });
  const data = file.data.lesson;
  if (!data) throw new Error(`${path}: the lesson plugin did not run`);
  // A lesson with problems is never run: its imports or components may not exist.
  if (data.problems.length > 0) return { ok: false, data };
  const { default: Content } = await run(String(code), { ...runtime, baseUrl: import.meta.url });
  return { ok: true, Content, data };
}
