import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLessons } from "@/lib/content/lessons";
import { editLine, FIXTURE, fixtureCopy, read, removeFixtureCopies } from "./content-fixture";

afterAll(removeFixtureCopies);

const lessonsOf = (dir: string) => readLessons(path.join(dir, "lessons"));

describe("lesson pipeline on valid content", async () => {
  const lessons = await lessonsOf(FIXTURE);

  it("orders lessons by their order field", () => {
    expect(lessons.map((l) => l.slug)).toEqual(["alpha", "beta"]);
  });

  it("builds a table of contents from ## and ### headings with their stable ids", () => {
    const alpha = lessons[0]!;
    expect(alpha.versions.ja.toc.map((t) => [t.depth, t.id, t.text])).toEqual([
      [2, "goals", "目標"],
      [3, "detail", "細目"],
      [2, "recap", "まとめ"],
    ]);
    expect(alpha.versions.en.toc.map((t) => t.text)).toEqual(["Goals", "Detail", "Recap"]);
  });

  it("records every cross-link with its line in the file", () => {
    const links = lessons[0]!.versions.ja.links;
    expect(links).toEqual([
      { kind: "service", id: "s3", line: 14 },
      { kind: "term", id: "endpoint", line: 14 },
      { kind: "lesson", id: "beta", anchor: "intro", line: 26 },
    ]);
  });

  it("shows an untranslated lesson's text in the other locale and says so", () => {
    const beta = lessons[1]!;
    expect(beta.untranslatedIn).toEqual(["en"]);
    expect(beta.versions.en.locale).toBe("ja");
    expect(beta.versions.en.frontmatter.title).toBe("ベータ");
  });

  it("computes reading time per locale", () => {
    expect(lessons[0]!.versions.ja.readingMinutes).toBe(1);
    expect(lessons[0]!.versions.en.readingMinutes).toBe(1);
  });
});

describe("lesson pipeline rejects bad content, naming the file and the field", () => {
  const cases: [string, Record<string, string | null>, RegExp][] = [
    ["missing title", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /^title: .*\n/m, "") }, /lessons\/alpha\/ja\.mdx[\s\S]*title:/],
    ["wrong date", { "lessons/alpha/en.mdx": editLine("lessons/alpha/en.mdx", /^lastReviewed: .*$/m, "lastReviewed: 2026-13-45") }, /alpha\/en\.mdx[\s\S]*lastReviewed: is not a real date/],
    ["unknown section", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /^section: .*$/m, "section: cooking") }, /alpha\/ja\.mdx[\s\S]*section:/],
    ["order as text", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /^order: .*$/m, "order: first") }, /alpha\/ja\.mdx[\s\S]*order:/],
    ["http source", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /url: https:/, "url: http:") }, /alpha\/ja\.mdx[\s\S]*sources\.0\.url: must be an https:\/\/ URL/],
    ["unknown field", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /^order: 1$/m, "order: 1\nauthor: me") }, /alpha\/ja\.mdx[\s\S]*author/],
    ["no frontmatter", { "lessons/alpha/ja.mdx": "## 目標 {#goals}\n" }, /alpha\/ja\.mdx[\s\S]*frontmatter/],
    ["heading without id", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /^### 細目 \{#detail\}$/m, "### 細目") }, /alpha\/ja\.mdx[\s\S]*line 16: heading "細目" needs a stable id/],
    ["h1 in body", { "lessons/alpha/en.mdx": editLine("lessons/alpha/en.mdx", /^## Recap \{#recap\}$/m, "# Recap {#recap}") }, /alpha\/en\.mdx[\s\S]*use ## or ###/],
    ["unknown component", { "lessons/alpha/en.mdx": read("lessons/alpha/en.mdx") + "\n<Video src=\"x\" />\n" }, /alpha\/en\.mdx[\s\S]*<Video> is not a lesson component/],
    ["import", { "lessons/alpha/en.mdx": read("lessons/alpha/en.mdx").replace("## Goals", "import x from 'y'\n\n## Goals") }, /alpha\/en\.mdx[\s\S]*import\/export is not allowed/],
    ["broken MDX", { "lessons/alpha/en.mdx": read("lessons/alpha/en.mdx") + "\n<Callout type=\"note\">\n" }, /alpha\/en\.mdx[\s\S]*\(body\)/],
    ["bad callout type", { "lessons/beta/ja.mdx": editLine("lessons/beta/ja.mdx", /type="note"/, 'type="tip"') }, /beta\/ja\.mdx[\s\S]*<Callout type> must be/],
    ["missing translation", { "lessons/alpha/en.mdx": null }, /lessons\/alpha[\s\S]*en\.mdx: is missing/],
    ["untranslated but both exist", { "lessons/beta/en.mdx": read("lessons/alpha/en.mdx").replace("order: 1", "order: 2").replace("section: basics", "section: workflow") }, /beta\/ja\.mdx[\s\S]*untranslated: both languages exist/],
    ["heading parity", { "lessons/alpha/en.mdx": editLine("lessons/alpha/en.mdx", /\{#detail\}/, "{#details}") }, /alpha\/ja\.mdx[\s\S]*heading 2: ja has ### \{#detail\} but en/],
    ["order mismatch", { "lessons/alpha/en.mdx": editLine("lessons/alpha/en.mdx", /^order: 1$/m, "order: 3") }, /alpha\/ja\.mdx[\s\S]*order: 1 here, 3 in/],
    ["duplicate order", { "lessons/beta/ja.mdx": editLine("lessons/beta/ja.mdx", /^order: 2$/m, "order: 1") }, /order: 1 is also used by lesson/],
    ["duplicate heading id", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /\{#recap\}/, "{#goals}") }, /alpha\/ja\.mdx[\s\S]*heading id "goals" is used twice/],
    ["Svc without id", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /<Svc id="s3" \/>/, "<Svc />") }, /alpha\/ja\.mdx[\s\S]*<Svc> needs id=/],
  ];
  it.each(cases)("%s", async (_name, changes, message) => {
    await expect(lessonsOf(fixtureCopy(changes))).rejects.toThrow(message);
  });
});

describe("section texts for the search index", () => {
  it("mark where <Svc> and <Term> render a name, so snippets are filled with it and have no holes", async () => {
    const { compileLesson } = await import("@/lib/mdx/compile");
    const { fillNameMarks } = await import("@/lib/mdx/remark-lesson");
    const { lessonSectionDocs } = await import("@/lib/search/documents");
    const compiled = await compileLesson('## Storing data {#store}\n\nPut the files in <Svc id="s3" /> before you call an <Term id="endpoint" />.\n', "x.mdx");
    const section = compiled.data.sections.find((s) => s.id === "store");
    expect(section).toBeDefined();
    const names: Record<string, string> = { "service:s3": "Amazon S3", "term:endpoint": "endpoint" };
    expect(fillNameMarks(section?.text ?? "", (kind, id) => names[`${kind}:${id}`])).toBe("Put the files in Amazon S3 before you call an endpoint.");
    // The prose used for reading time carries no markers.
    expect(compiled.data.prose).toBe("Storing data Put the files in before you call an .");
    const lesson = { slug: "x", versions: { ja: { locale: "ja", sections: compiled.data.sections, frontmatter: { title: "X" } }, en: { locale: "en", sections: compiled.data.sections, frontmatter: { title: "X" } } } };
    const docs = lessonSectionDocs(lesson as never, (kind, id) => (id === "s3" ? "Amazon S3" : undefined));
    expect(docs.find((d) => d.locale === "en" && d.href.endsWith("#store"))?.body).toBe("Put the files in Amazon S3 before you call an .");
  });
});
