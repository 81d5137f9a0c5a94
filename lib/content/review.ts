import path from "node:path";
import { contentDir, displayPath } from "./paths";
import { reviewPillars, reviewQuestionSchema, type ReviewQuestion } from "./schemas";
import { loadYamlCollection } from "./yaml-collection";

let cache: ReviewQuestion[] | undefined;

export function reviewQuestionFile(id: string): string {
  return displayPath(path.join(contentDir(), "review", `${id}.yaml`));
}

/** The self-review's questions, by pillar (operational excellence first) and then by number. */
export function loadReviewQuestions(): ReviewQuestion[] {
  cache ??= loadYamlCollection(path.join(contentDir(), "review"), reviewQuestionSchema).sort(
    (a, b) => reviewPillars.indexOf(a.pillar) - reviewPillars.indexOf(b.pillar) || a.id.localeCompare(b.id),
  );
  return cache;
}
