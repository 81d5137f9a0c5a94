import fs from "node:fs";
import path from "node:path";
import type { MDXContent } from "mdx/types";
import { locales, otherLocale, type Locale } from "@/lib/i18n/locales";
import { compileLesson } from "@/lib/mdx/compile";
import type { ContentLink, SectionText, TocEntry } from "@/lib/mdx/remark-lesson";
import { readingMinutes } from "@/lib/reading-time";
import { ContentError, parseOrThrow } from "./errors";
import { splitFrontmatter } from "./frontmatter";
import { contentDir, displayPath } from "./paths";
import { lessonFrontmatterSchema, type LessonFrontmatter } from "./schemas";

/** One language version of a lesson as written in one file. */
export interface LessonVersion {
  slug: string;
  /** The language the text is written in. */
  locale: Locale;
  file: string;
  frontmatter: LessonFrontmatter;
  Content: MDXContent;
  toc: TocEntry[];
  sections: SectionText[];
  links: ContentLink[];
  readingMinutes: number;
}

export interface Lesson {
  slug: string;
  order: number;
  section: LessonFrontmatter["section"];
  /** What each locale's page shows. For an untranslated lesson both point at the one written version. */
  versions: Record<Locale, LessonVersion>;
  /** Locales whose page shows text written in another language. */
  untranslatedIn: Locale[];
}

async function readVersion(dir: string, slug: string, locale: Locale): Promise<LessonVersion | undefined> {
  const file = path.join(dir, slug, `${locale}.mdx`);
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) return undefined;
  const shown = displayPath(file);
  const source = fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8");
  const { data, body, bodyLine } = splitFrontmatter(source, shown);
  const frontmatter = parseOrThrow(lessonFrontmatterSchema, data, shown);
  let compiled;
  try {
    // Pad with blank lines so positions in messages are the file's own line numbers.
    compiled = await compileLesson("\n".repeat(bodyLine - 1) + body, file);
  } catch (error) {
    throw new ContentError(shown, [`(body): ${(error as Error).message}`]);
  }
  if (!compiled.ok) throw new ContentError(shown, compiled.data.problems);
  return {
    slug,
    locale,
    file: shown,
    frontmatter,
    Content: compiled.Content,
    toc: compiled.data.toc,
    sections: compiled.data.sections,
    links: compiled.data.links,
    readingMinutes: readingMinutes(compiled.data.prose, locale),
  };
}

/** The ja and en files must teach the same sections: same heading levels and ids, in the same order. */
export function headingParityProblems(a: LessonVersion, b: LessonVersion): string[] {
  const outline = (v: LessonVersion) => v.toc.map((t) => `${"#".repeat(t.depth)} {#${t.id}}`);
  const left = outline(a);
  const right = outline(b);
  const problems: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    if (left[i] !== right[i]) {
      problems.push(
        `heading ${i + 1}: ${a.locale} has ${left[i] ?? "nothing"} but ${b.locale} (${b.file}) has ${right[i] ?? "nothing"}`,
      );
      break;
    }
  }
  if (a.frontmatter.order !== b.frontmatter.order) problems.push(`order: ${a.frontmatter.order} here, ${b.frontmatter.order} in ${b.file}`);
  if (a.frontmatter.section !== b.frontmatter.section) problems.push(`section: ${a.frontmatter.section} here, ${b.frontmatter.section} in ${b.file}`);
  return problems;
}

async function readLesson(dir: string, slug: string): Promise<Lesson> {
  const found: Partial<Record<Locale, LessonVersion>> = {};
  for (const locale of locales) found[locale] = await readVersion(dir, slug, locale);
  const ja = found.ja;
  const en = found.en;
  const folder = displayPath(path.join(dir, slug));
  if (ja && en) {
    for (const v of [ja, en]) {
      if (v.frontmatter.untranslated) {
        throw new ContentError(v.file, ["untranslated: both languages exist, so remove this field"]);
      }
    }
    const problems = headingParityProblems(ja, en);
    if (problems.length > 0) throw new ContentError(ja.file, problems);
    return { slug, order: ja.frontmatter.order, section: ja.frontmatter.section, versions: { ja, en }, untranslatedIn: [] };
  }
  const only = ja ?? en;
  if (!only) throw new ContentError(folder, ["(folder): has neither ja.mdx nor en.mdx"]);
  const missing = otherLocale(only.locale);
  if (!only.frontmatter.untranslated) {
    throw new ContentError(
      folder,
      [`${missing}.mdx: is missing; write it, or mark ${only.locale}.mdx with "untranslated: true" to show the ${only.locale} text with a notice`],
    );
  }
  const versions = { [only.locale]: only, [missing]: only } as Record<Locale, LessonVersion>;
  return { slug, order: only.frontmatter.order, section: only.frontmatter.section, versions, untranslatedIn: [missing] };
}

/** Reads, validates and compiles every lesson, in learning-path order. */
export async function readLessons(dir = path.join(contentDir(), "lessons")): Promise<Lesson[]> {
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  const slugs = fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("_"))
    .map((d) => d.name)
    .sort();
  const lessons: Lesson[] = [];
  for (const slug of slugs) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      throw new ContentError(displayPath(path.join(dir, slug)), ["(folder): lesson folder names must be lower-case-with-hyphens"]);
    }
    lessons.push(await readLesson(dir, slug));
  }
  lessons.sort((a, b) => a.order - b.order);
  for (let i = 1; i < lessons.length; i++) {
    const prev = lessons[i - 1];
    const cur = lessons[i];
    if (prev && cur && prev.order === cur.order) {
      throw new ContentError(cur.versions.ja.file, [`order: ${cur.order} is also used by lesson "${prev.slug}"`]);
    }
  }
  return lessons;
}
