import type { Dictionary } from "@/lib/i18n/dictionaries";

/** The quiz labels the home page's study box uses: only these go to the browser. */
export const studyStatusLabelKeys = ["dueTitle", "dueCount", "dueNone", "continueTitle", "continueLine", "continueOpen", "reviewNow", "readinessLink", "practiceMode", "drillTitle", "bookmarksTitle", "examTitle"] as const;
export type StudyStatusLabels = Pick<Dictionary["quiz"], (typeof studyStatusLabelKeys)[number]>;

export function studyStatusLabels(quiz: Dictionary["quiz"]): StudyStatusLabels {
  return Object.fromEntries(studyStatusLabelKeys.map((k) => [k, quiz[k]])) as StudyStatusLabels;
}
