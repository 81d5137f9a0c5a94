import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { examGuideSchema } from "@/lib/content/schemas";
import { loadYamlCollection } from "@/lib/content/yaml-collection";
import { editLine, FIXTURE, fixtureCopy, removeFixtureCopies } from "./content-fixture";

afterAll(removeFixtureCopies);

const load = (dir: string) => loadYamlCollection(path.join(dir, "exams"), examGuideSchema);

describe("exam guides", () => {
  it("load both exams with all twelve task statements", () => {
    const guides = load(FIXTURE);
    expect(guides.map((g) => g.id)).toEqual(["mla-c01", "mla-c02"]);
    for (const g of guides) expect(Object.keys(g.tasks)).toHaveLength(12);
    expect(guides[1]?.changes?.removed.map((c) => c.task)).toContain("2.2");
  });

  const bad: [string, Record<string, string | null>, RegExp][] = [
    ["an exam name other than mla-c01/mla-c02", { "exams/mla-c01.yaml": editLine("exams/mla-c01.yaml", /^id: mla-c01$/m, "id: mla-c03") }, /mla-c01\.yaml[\s\S]*id: must be mla-c01 or mla-c02/],
    ["a missing task statement", { "exams/mla-c01.yaml": editLine("exams/mla-c01.yaml", /^  "2\.3":\n(    .*\n){2}/m, "") }, /mla-c01\.yaml[\s\S]*tasks\.2\.3/],
    ["a change under an unknown task", { "exams/mla-c02.yaml": editLine("exams/mla-c02.yaml", /- task: "2\.3"/, '- task: "2.4"') }, /mla-c02\.yaml[\s\S]*changes\.added\.\d+\.task: must be a task statement/],
    ["a guide without its English text", { "exams/mla-c01.yaml": editLine("exams/mla-c01.yaml", /^  en: "MLA-C01 was in use.*\n/m, "") }, /mla-c01\.yaml[\s\S]*status\.en/],
  ];
  it.each(bad)("reject %s, naming the file and field", (_name, changes, message) => {
    expect(() => load(fixtureCopy(changes))).toThrow(message);
  });
});
