import path from "node:path";
import { ContentError } from "./errors";
import { contentDir, displayPath } from "./paths";
import { quizSetSchema, type QuizSet } from "./schemas";
import { loadYamlCollection } from "./yaml-collection";

let cache: QuizSet[] | undefined;

/** The file a quiz set is read from, as shown in error messages. */
export function quizSetFile(id: string): string {
  return displayPath(path.join(contentDir(), "quizzes", `${id}.yaml`));
}

/** Paths under /quiz that are pages of their own, so no set may take them as its id. */
export const reservedQuizPaths: ReadonlySet<string> = new Set(["exam", "review", "readiness", "drill", "bookmarks"]);

/** Throws when a question id is used twice: ids are how progress and review schedules are stored. */
export function checkQuestionIdsUnique(sets: QuizSet[]): void {
  const seen = new Map<string, string>();
  for (const set of sets) {
    const problems: string[] = [];
    set.questions.forEach((question, i) => {
      const owner = seen.get(question.id);
      if (owner !== undefined) {
        problems.push(`questions.${i}.id: "${question.id}" is already used in ${owner === set.id ? "this set" : quizSetFile(owner)}`);
      } else {
        seen.set(question.id, set.id);
      }
    });
    if (problems.length > 0) throw new ContentError(quizSetFile(set.id), problems);
  }
}

/** Every quiz set, in learning order, with question ids checked to be unique across sets. */
export function loadQuizSets(): QuizSet[] {
  if (!cache) {
    const sets = loadYamlCollection(path.join(contentDir(), "quizzes"), quizSetSchema).sort((a, b) => a.order - b.order);
    for (const set of sets) {
      if (reservedQuizPaths.has(set.id)) throw new ContentError(quizSetFile(set.id), [`id: "${set.id}" is the name of a quiz page; choose another`]);
    }
    checkQuestionIdsUnique(sets);
    cache = sets;
  }
  return cache;
}
