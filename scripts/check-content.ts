/**
 * Validates every content file and every cross-link id, compiling the lessons as the build does, and prints the
 * quiz bank's answer-cue figures (per set too, so a writer sees where the cues are).
 * Run: npx tsx scripts/check-content.ts   (the quick way for a writer; the build runs the same checks)
 */
import { formatBankFigures, measureBank } from "../lib/content/bank-figures";
import { formatCueFigures, measureCues } from "../lib/content/quiz-cues";
import { loadQuizSets } from "../lib/content/quizzes";
import { loadServices } from "../lib/content/services";
import { loadSite } from "../lib/content/site";

let failed = false;
try {
  const site = await loadSite();
  const lessons = site.lessons.map((l) => `${l.versions.ja.frontmatter.order}. ${l.slug}${l.untranslatedIn.length ? " (untranslated)" : ""}`);
  console.log(`content ok: ${site.services.length} services, ${site.terms.length} terms, ${site.lessons.length} lessons, ${site.quizSets.reduce((n, s) => n + s.questions.length, 0)} quiz questions in ${site.quizSets.length} sets, ${site.reviewQuestions.length} self-review questions`);
  if (lessons.length > 0) console.log(lessons.join("\n"));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
}

try {
  const sets = loadQuizSets();
  const services = loadServices();
  console.log(`\n${formatBankFigures(measureBank(sets))}`);
  console.log(`\n${formatCueFigures(measureCues(sets, services))}`);
  for (const set of sets) {
    const r = measureCues([set], services);
    console.log(`  ${set.id}: ${set.questions.length} questions; ja longest ${r.figures.ja.longest}/${r.figures.ja.items}, over ratio ${r.figures.ja.overRatio}; en longest ${r.figures.en.longest}/${r.figures.en.items}, over ratio ${r.figures.en.overRatio}; retired wrong options ${r.retiredOptions.length}`);
  }
} catch {
  // The quiz files themselves are broken: the error above says where.
}
if (failed) process.exit(1);
