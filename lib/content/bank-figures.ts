/**
 * The question bank measured against the exam guides: per exam, how many questions fit it, each domain's share
 * (a question counts for the domain of its main, first-listed task) against the guide's weight, and how many
 * questions practise each task statement. Printed by `npm run bench` and checked by the content check.
 */
import { domainOfTask, domainWeights, examDomains, examIds, taskIds, type ExamDomain, type ExamId, type TaskId } from "./exam-blueprint";
import type { QuizSet } from "./schemas";

/** How far a domain's share may stray from its weight, in percentage points, and how many questions each task needs. */
export const bankBudgets = { domainShareTolerance: 4, questionsPerTask: 4 } as const;

export interface ExamBankFigures {
  exam: ExamId;
  questions: number;
  byDomain: Record<ExamDomain, { questions: number; share: number; weight: number }>;
  byTask: Record<TaskId, number>;
}

type Measured = Pick<QuizSet, "questions">;

export function measureBank(sets: readonly Measured[]): ExamBankFigures[] {
  const questions = sets.flatMap((s) => s.questions);
  return examIds.map((exam) => {
    const fits = questions.filter((q) => q.blueprint.exams.includes(exam));
    const byTask = Object.fromEntries(taskIds.map((t) => [t, fits.filter((q) => q.blueprint.tasks.includes(t)).length])) as Record<TaskId, number>;
    const byDomain = Object.fromEntries(
      examDomains.map((d) => {
        const n = fits.filter((q) => domainOfTask(q.blueprint.tasks[0] ?? "1.1") === d).length;
        return [d, { questions: n, share: fits.length === 0 ? 0 : (100 * n) / fits.length, weight: domainWeights[exam][d] }];
      }),
    ) as ExamBankFigures["byDomain"];
    return { exam, questions: fits.length, byDomain, byTask };
  });
}

/** What breaks the budgets, one line each; empty when the bank fits both guides. */
export function bankProblems(figures: readonly ExamBankFigures[]): string[] {
  const problems: string[] = [];
  for (const f of figures) {
    for (const d of examDomains) {
      const { share, weight } = f.byDomain[d];
      if (Math.abs(share - weight) > bankBudgets.domainShareTolerance) {
        problems.push(`${f.exam}: domain ${d} is ${share.toFixed(1)}% of the bank, more than ${bankBudgets.domainShareTolerance} points from its weight ${weight}%`);
      }
    }
    for (const t of taskIds) {
      if (f.byTask[t] < bankBudgets.questionsPerTask) problems.push(`${f.exam}: task ${t} is practised by ${f.byTask[t]} questions, fewer than ${bankBudgets.questionsPerTask}`);
    }
  }
  return problems;
}

export function formatBankFigures(figures: readonly ExamBankFigures[]): string {
  return figures
    .map((f) => {
      const domains = examDomains.map((d, i) => `D${i + 1} ${f.byDomain[d].share.toFixed(1)}% (${f.byDomain[d].weight})`).join(" · ");
      const tasks = taskIds.map((t) => `${t}:${f.byTask[t]}`).join(" ");
      return `${f.exam}: ${f.questions} questions; ${domains}\n  per task: ${tasks}`;
    })
    .join("\n");
}
