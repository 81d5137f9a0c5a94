import { describe, expect, it } from "vitest";
import { cueProblems, measureCues } from "@/lib/content/quiz-cues";
import { quizSetSchema, serviceSchema, type QuizSet, type Service } from "@/lib/content/schemas";

const t = (s: string) => ({ ja: s, en: s });
function question(id: string, right: string, wrong: string[], extra: Record<string, unknown> = {}) {
  return {
    id,
    difficulty: "easy",
    blueprint: { tasks: ["1.1"], exams: ["mla-c01"] },
    scenario: t("s"),
    question: t("q"),
    options: [{ id: "a", text: t(right), correct: true, explanation: t("e") }, ...wrong.map((w, i) => ({ id: "bcde"[i], text: t(w), explanation: t("e") }))],
    links: { lessons: [{ slug: "x" }] },
    ...extra,
  };
}
const set = (questions: unknown[]): QuizSet => quizSetSchema.parse({ id: "s", order: 1, title: t("t"), description: t("d"), questions });
const retired: Service = serviceSchema.parse({
  id: "forecast",
  name: t("Amazon Forecast"),
  reading: "ふぉーきゃすと",
  aliases: ["Forecast"],
  layer: "ai-service",
  phases: ["training"],
  summary: t("x"),
  whenToUse: t("x"),
  whenNotToUse: t("x"),
  billing: t("x"),
  docs: "https://docs.aws.amazon.com/forecast/",
  status: { state: "closed-to-new-customers", date: "2024-07-29", source: "https://docs.aws.amazon.com/forecast/" },
  checked: "2026-12-04",
});

describe("answer cues", () => {
  it.each([
    ["balanced options", [question("q1", "Use S3 here", ["Use EFS here", "Use EBS here", "Use FSx there"])], 0],
    // Longest and over 1.3×, in both languages.
    ["the right option is the longest by far", [question("q1", "Use Amazon S3 with lifecycle rules, because it is cheap", ["EFS", "EBS", "FSx"])], 4],
    ["a wrong option names a closed service", [question("q1", "Use Canvas", ["Use Amazon Forecast", "Use Lambda", "Use Glue"])], 1],
    ["the same, in a question about lifecycle", [question("q1", "Use Canvas", ["Use Amazon Forecast", "Use Lambda", "Use Glue"], { aboutLifecycle: true })], 0],
  ] as const)("%s → %i problems", (_, questions, expected) => {
    const problems = cueProblems(measureCues([set([...questions])], [retired]));
    // Every problem names where it is: the locale share, or the file, question and option.
    for (const p of problems) expect(p).toMatch(/^(ja|en): |content\/quizzes\/s\.yaml: questions \(q1\)\.options \([a-e]\)/);
    expect(problems).toHaveLength(expected);
  });

  it("counts longest and over-ratio shares per language over single-answer items only", () => {
    const report = measureCues([set([question("q1", "long right answer text", ["a", "b", "c"]), question("q2", "short", ["longer wrong one", "b", "c"])])], []);
    expect(report.figures.en).toMatchObject({ items: 2, longest: 1, overRatio: 1, longestShare: 50, ratioShare: 50 });
  });
});

describe("bad quiz files fail with the question id and field", () => {
  it.each([
    ["an unknown task statement", { blueprint: { tasks: ["5.1"], exams: ["mla-c01"] } }, /blueprint\.tasks\.0/],
    ["an exam other than mla-c01 / mla-c02", { blueprint: { tasks: ["1.1"], exams: ["mls-c01"] } }, /blueprint\.exams\.0/],
    ["an ordering item with two steps", { type: "ordering", options: undefined, steps: [{ id: "a", text: t("x") }, { id: "b", text: t("y") }], explanation: t("e") }, /steps: an ordering item needs 3 to 5 steps/],
    ["a matching item whose responses repeat", { type: "matching", options: undefined, pairs: ["a", "b", "c"].map((id) => ({ id, prompt: t(id), response: t("same") })), explanation: t("e") }, /pairs\.1\.response\.ja: the same response appears twice/],
    ["a case that does not exist", { case: "nowhere" }, /questions\.0\.case: unknown case "nowhere"/],
  ])("%s", (_, change, message) => {
    const q = { ...question("q1", "a", ["b", "c", "d"]), ...change } as Record<string, unknown>;
    for (const k of Object.keys(q)) if (q[k] === undefined) delete q[k];
    const result = quizSetSchema.safeParse({ id: "s", order: 1, title: t("t"), description: t("d"), questions: [q] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n")).toMatch(message);
  });
});
