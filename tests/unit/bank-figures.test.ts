import { describe, expect, it } from "vitest";
import { bankProblems, measureBank } from "@/lib/content/bank-figures";
import type { ExamId, TaskId } from "@/lib/content/exam-blueprint";
import { taskIds } from "@/lib/content/exam-blueprint";
import type { QuizSet } from "@/lib/content/schemas";

type Q = QuizSet["questions"][number];

function question(id: string, tasks: TaskId[], exams: ExamId[]): Q {
  return { id, blueprint: { tasks, exams } } as unknown as Q;
}

/** n questions per task statement, for both exams, so each domain's share is its number of tasks × n. */
function even(n: number): Q[] {
  return taskIds.flatMap((t) => Array.from({ length: n }, (_, i) => question(`${t}-${i}`, [t], ["mla-c01", "mla-c02"])));
}

/** A bank close to the weights: 28/26/22/24 questions for MLA-C01, spread over each domain's tasks. */
function weighted(): Q[] {
  const perDomain = { "1": 28, "2": 26, "3": 22, "4": 24 } as const;
  return taskIds.flatMap((t) => {
    const domainTasks = taskIds.filter((x) => x[0] === t[0]).length;
    const n = Math.round(perDomain[t[0] as "1"] / domainTasks);
    return Array.from({ length: n }, (_, i) => question(`${t}-${i}`, [t], ["mla-c01", "mla-c02"]));
  });
}

describe("question bank figures", () => {
  it("counts a question for the domain of its first task and for every task it lists", () => {
    const [c01] = measureBank([{ questions: [question("x", ["2.2", "1.3"], ["mla-c01"]), question("y", ["1.1"], ["mla-c02"])] }]);
    expect(c01?.questions).toBe(1);
    expect(c01?.byDomain["model-development"].questions).toBe(1);
    expect(c01?.byDomain["data-preparation"].questions).toBe(0);
    expect(c01?.byTask["1.3"]).toBe(1);
    expect(c01?.byTask["1.1"]).toBe(0);
  });

  it("passes a bank close to the weights with every task practised four times", () => {
    expect(bankProblems(measureBank([{ questions: weighted() }]))).toEqual([]);
  });

  it("names the exam, domain and share when a domain is more than 4 points off its weight", () => {
    const lopsided = [...even(4), ...Array.from({ length: 30 }, (_, i) => question(`extra-${i}`, ["3.3"], ["mla-c01"]))];
    const problems = bankProblems(measureBank([{ questions: lopsided }]));
    expect(problems.some((p) => p === "mla-c01: domain deployment-orchestration is 53.8% of the bank, more than 4 points from its weight 22%")).toBe(true);
    expect(problems.some((p) => p.startsWith("mla-c02: domain deployment-orchestration"))).toBe(false);
  });

  it("names a task practised by fewer than four questions", () => {
    const thin = weighted().filter((q) => !(q.blueprint.tasks[0] === "2.3" && Number(q.id.split("-")[1]) >= 3));
    expect(bankProblems(measureBank([{ questions: thin }]))).toContain("mla-c01: task 2.3 is practised by 3 questions, fewer than 4");
  });
});
