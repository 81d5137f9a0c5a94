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

export type CompiledMdx = { ok: true; Content: MDXContent; data: LessonData } | { ok: false; data: LessonData };

/** Compiles a lesson body (frontmatter already removed) into a React component plus what the page needs. */
export async function compileLesson(body: string, path: string): Promise<CompiledMdx> {
  const file = new VFile({ value: escapeHeadingIds(body), path });
  const code = await compile(file, {
    outputFormat: "function-body",
    development: false,
    remarkPlugins: [remarkGfm, remarkLesson],
    rehypePlugins: [[rehypeShiki, { themes: codeThemes, defaultColor: "light", addLanguageClass: true }]],
  });
  const data = file.data.lesson;
  if (!data) throw new Error(`${path}: the lesson plugin did not run`);
  // A lesson with problems is never run: its imports or components may not exist.
  if (data.problems.length > 0) return { ok: false, data };
  const { default: Content } = await run(String(code), { ...runtime, baseUrl: import.meta.url });
  return { ok: true, Content, data };
}
