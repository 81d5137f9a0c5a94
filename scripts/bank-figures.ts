/**
 * The question bank against the exam guides: per exam, questions that fit, each domain's share against its weight
 * and questions per task statement; then the answer-cue figures. The last line is JSON for scripts/bench.mjs.
 * Run: npx tsx scripts/bank-figures.ts
 */
import { bankProblems, formatBankFigures, measureBank } from "../lib/content/bank-figures";
import { formatCueFigures, measureCues } from "../lib/content/quiz-cues";
import { loadQuizSets } from "../lib/content/quizzes";
import { loadServices } from "../lib/content/services";

const sets = loadQuizSets();
const figures = measureBank(sets);
const cues = measureCues(sets, loadServices());
const total = sets.reduce((n, s) => n + s.questions.length, 0);
console.log(`question bank: ${total} questions in ${sets.length} sets`);
console.log(formatBankFigures(figures));
console.log(formatCueFigures(cues));
const problems = bankProblems(figures);
console.log(problems.length === 0 ? "bank fits both exam guides" : problems.join("\n"));
console.log(JSON.stringify({ total, figures, cues: cues.figures, problems }));
