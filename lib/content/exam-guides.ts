import path from "node:path";
import { ContentError } from "./errors";
import { examIds } from "./exam-blueprint";
import { contentDir, displayPath } from "./paths";
import { examGuideSchema, type ExamGuide } from "./schemas";
import { loadYamlCollection } from "./yaml-collection";

let cache: ExamGuide[] | undefined;

/** The two exam guides in our words, MLA-C01 first; both files must exist. */
export function loadExamGuides(): ExamGuide[] {
  if (!cache) {
    const dir = path.join(contentDir(), "exams");
    const guides = loadYamlCollection(dir, examGuideSchema);
    const missing = examIds.filter((id) => !guides.some((g) => g.id === id));
    if (missing.length > 0) throw new ContentError(displayPath(dir), missing.map((id) => `${id}.yaml: is missing; every exam needs its guide`));
    cache = examIds.map((id) => guides.find((g) => g.id === id) as ExamGuide);
  }
  return cache;
}
