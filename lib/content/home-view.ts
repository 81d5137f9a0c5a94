import type { Locale } from "@/lib/i18n/locales";
import { getLearningPath, type PathEntry } from "./lesson-view";
import { loadSite } from "./site";

export interface HomeData {
  path: PathEntry[];
  /** For the study box: every question id and every set, so saved progress is matched with today's bank. */
  quiz: { questionIds: string[]; sets: { id: string; title: string }[] };
}

/** Everything the home page shows. */
export async function getHome(locale: Locale): Promise<HomeData> {
  const site = await loadSite();
  return {
    path: await getLearningPath(locale),
    quiz: {
      questionIds: site.quizSets.flatMap((s) => s.questions.map((q) => q.id)),
      sets: site.quizSets.map((s) => ({ id: s.id, title: s.title[locale] })),
    },
  };
}
