/**
 * Validates every content file and every cross-link id, compiling the lessons as the build does.
 * Run: npx tsx scripts/check-content.ts   (the quick way for a writer; the build runs the same checks)
 */
import { loadSite } from "../lib/content/site";

try {
  const site = await loadSite();
  const lessons = site.lessons.map((l) => `${l.versions.ja.frontmatter.order}. ${l.slug}${l.untranslatedIn.length ? " (untranslated)" : ""}`);
  console.log(`content ok: ${site.services.length} services, ${site.terms.length} terms, ${site.lessons.length} lessons, ${site.quizSets.reduce((n, s) => n + s.questions.length, 0)} quiz questions in ${site.quizSets.length} sets, ${site.reviewQuestions.length} self-review questions`);
  if (lessons.length > 0) console.log(lessons.join("\n"));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
