import { domainOfTask, type ExamId, type TaskId } from "@/lib/content/exam-blueprint";
import type { PlayQuestion } from "@/lib/quiz/attempt";

export type FixtureQuestion = Pick<PlayQuestion, "id" | "kind" | "options" | "steps" | "domainId" | "tasks" | "exams" | "links"> & {
  case?: { id: string; title: string; scenario: string };
};

/** A two-option choice question whose right answer is "a", practising `task` (its domain follows) for `exams`. */
export function fixtureQuestion(id: string, task: TaskId = "1.1", exams: ExamId[] = ["mla-c01", "mla-c02"], extra: Partial<FixtureQuestion> = {}): FixtureQuestion {
  return {
    id,
    kind: "choice",
    options: [
      { id: "a", text: "", explanation: "", correct: true },
      { id: "b", text: "", explanation: "", correct: false },
    ],
    steps: [],
    domainId: domainOfTask(task),
    tasks: [task],
    exams,
    links: [{ href: `/en/lessons/${id}`, label: id }],
    ...extra,
  };
}
