import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readLessons } from "@/lib/content/lessons";
import { backlinksOf, buildLinkGraph } from "@/lib/content/link-graph";
import { checkYamlReferences } from "@/lib/content/references";
import { serviceSchema, termSchema } from "@/lib/content/schemas";
import { checkLessonLinks } from "@/lib/content/site";
import { loadYamlCollection } from "@/lib/content/yaml-collection";
import { editLine, FIXTURE, fixtureCopy, read, removeFixtureCopies } from "./content-fixture";

afterAll(removeFixtureCopies);

async function loadAll(dir: string) {
  const services = loadYamlCollection(path.join(dir, "services"), serviceSchema);
  const terms = loadYamlCollection(path.join(dir, "glossary"), termSchema);
  const lessons = await readLessons(path.join(dir, "lessons"));
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const lessonBySlug = new Map(lessons.map((l) => [l.slug, l]));
  checkYamlReferences(services, terms, {
    services: new Set(serviceById.keys()),
    terms: new Set(termById.keys()),
    lessons: new Set(lessonBySlug.keys()),
  });
  checkLessonLinks(lessons, { serviceById, termById, lessonBySlug });
  return { services, terms, lessons };
}

describe("services and glossary terms", () => {
  it("load from valid YAML", async () => {
    const { services, terms } = await loadAll(FIXTURE);
    expect(services.map((s) => s.id)).toEqual(["forecast", "s3"]);
    expect(terms.map((t) => t.id)).toEqual(["endpoint", "hyperparameter"]);
    expect(terms[1]?.related).toEqual({ terms: [], services: [], lessons: [] });
    // The first load also starts the MDX compiler and shiki, which is slow on a busy 2-core machine.
  }, 180_000);

  const bad: [string, Record<string, string | null>, RegExp][] = [
    ["service without en name", { "services/s3.yaml": editLine("services/s3.yaml", /, en: Amazon S3 \}/, " }") }, /services\/s3\.yaml[\s\S]*name\.en/],
    ["service with unknown layer", { "services/s3.yaml": editLine("services/s3.yaml", /supporting-service/, "storage") }, /services\/s3\.yaml[\s\S]*layer:/],
    ["service with no phase", { "services/s3.yaml": editLine("services/s3.yaml", /\[data-collection\]/, "[]") }, /s3\.yaml[\s\S]*phases: must name at least one workflow phase/],
    ["retired service without date", { "services/forecast.yaml": editLine("services/forecast.yaml", /  date: 2024-07-29\n/, "") }, /forecast\.yaml[\s\S]*status\.date: a service that is not available needs the date/],
    ["id not matching file name", { "services/s3.yaml": editLine("services/s3.yaml", /^id: s3$/m, "id: amazon-s3") }, /s3\.yaml[\s\S]*id: is "amazon-s3" but the file is named s3\.yaml/],
    ["invalid YAML", { "services/s3.yaml": "id: [s3\n" }, /s3\.yaml[\s\S]*not valid YAML/],
    ["term reading in katakana", { "glossary/endpoint.yaml": editLine("glossary/endpoint.yaml", /reading: えんどぽいんと/, "reading: エンドポイント") }, /endpoint\.yaml[\s\S]*ja\.reading: must be written in hiragana/],
    ["term without short definition", { "glossary/endpoint.yaml": editLine("glossary/endpoint.yaml", / short: Where inference requests go\.,/, "") }, /endpoint\.yaml[\s\S]*en\.short/],
    ["unknown related service", { "services/s3.yaml": editLine("services/s3.yaml", /related: \[forecast\]/, "related: [forcast]") }, /s3\.yaml[\s\S]*related\.0: unknown service id "forcast"/],
    ["unknown replacement", { "services/forecast.yaml": editLine("services/forecast.yaml", /replacement: s3/, "replacement: canvas") }, /forecast\.yaml[\s\S]*status\.replacement: unknown service id "canvas"/],
    ["unknown related term", { "glossary/endpoint.yaml": editLine("glossary/endpoint.yaml", /terms: \[hyperparameter\]/, "terms: [hyperparamter]") }, /endpoint\.yaml[\s\S]*related\.terms\.0: unknown term id "hyperparamter"/],
    ["unknown related lesson", { "glossary/endpoint.yaml": editLine("glossary/endpoint.yaml", /lessons: \[alpha\]/, "lessons: [gamma]") }, /endpoint\.yaml[\s\S]*related\.lessons\.0: unknown lesson id "gamma"/],
    ["unknown service in a lesson", { "lessons/alpha/en.mdx": editLine("lessons/alpha/en.mdx", /<Svc id="s3" \/>/, '<Svc id="s4" />') }, /alpha\/en\.mdx[\s\S]*line 14: unknown service id "s4"/],
    ["unknown term in a lesson", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /<Term id="endpoint" \/>/, '<Term id="endpont" />') }, /alpha\/ja\.mdx[\s\S]*unknown glossary term id "endpont"/],
    ["unknown lesson anchor", { "lessons/alpha/ja.mdx": editLine("lessons/alpha/ja.mdx", /anchor="intro"/, 'anchor="outro"') }, /alpha\/ja\.mdx[\s\S]*lesson "beta" has no heading \{#outro\}/],
    ["unknown diagram", { "lessons/beta/ja.mdx": read("lessons/beta/ja.mdx") + '\n<Diagram name="nope" />\n' }, /beta\/ja\.mdx[\s\S]*unknown diagram "nope"/],
  ];
  it.each(bad)("reject %s, naming the file and field", async (_name, changes, message) => {
    await expect(loadAll(fixtureCopy(changes))).rejects.toThrow(message);
  });
});

describe("link graph", () => {
  it("lists every lesson section, term and service that links to a node, once each", async () => {
    const { services, terms, lessons } = await loadAll(FIXTURE);
    const graph = buildLinkGraph(lessons, services, terms);
    const s3 = backlinksOf(graph, { kind: "service", id: "s3" });
    expect(s3).toEqual([
      { kind: "lesson", slug: "alpha", anchor: "goals", heading: { ja: "目標", en: "Goals" }, title: { ja: "アルファ", en: "Alpha" } },
      { kind: "term", id: "endpoint" },
    ]);
    expect(backlinksOf(graph, { kind: "service", id: "forecast" })).toEqual([{ kind: "service", id: "s3" }]);
    expect(backlinksOf(graph, { kind: "term", id: "hyperparameter" })).toEqual([{ kind: "term", id: "endpoint" }]);
    expect(backlinksOf(graph, { kind: "lesson", id: "beta" }).map((s) => s.kind)).toEqual(["lesson"]);
    expect(backlinksOf(graph, { kind: "term", id: "nothing" })).toEqual([]);
  });
});
