/**
 * Exam simulations: the standard form of an exam (65 questions, 130 minutes) drawn to its domain weights from the
 * questions that fit it, questions the learner has not seen first; and its results per domain and task statement.
 * Pure functions.
 */
import { domainWeights, examDomains, examForm, type ExamDomain, type ExamId, type TaskId } from "@/lib/content/exam-blueprint";
import { isAnswerCorrect, type PlayQuestion } from "./attempt";
import { seededShuffle } from "./random";

type Drawable = Pick<PlayQuestion, "id" | "domainId" | "exams"> & { case?: { id: string } };

/**
 * How many of `count` questions each domain gets: its weight's share, rounded so the parts add up to `count`
 * (largest remainder; ties go to the domain listed first in the guide).
 */
export function domainQuotas(exam: ExamId, count: number = examForm.questions): Record<ExamDomain, number> {
  const weights = domainWeights[exam];
  const total = examDomains.reduce((n, d) => n + weights[d], 0);
  const exact = examDomains.map((d) => ({ d, value: (count * weights[d]) / total }));
  const quotas = Object.fromEntries(exact.map(({ d, value }) => [d, Math.floor(value)])) as Record<ExamDomain, number>;
  let left = count - examDomains.reduce((n, d) => n + quotas[d], 0);
  const byRemainder = [...exact].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)));
  for (const { d } of byRemainder) {
    if (left <= 0) break;
    quotas[d]++;
    left--;
  }
  return quotas;
}

/**
 * The questions of one simulation, in the order shown. Per domain, its quota is filled with questions not yet
 * seen (in `seen`) before seen ones, each group in the seed's order; a domain short of questions is topped up
 * from the others. The questions of one case study are shown one after the other, as the exam does.
 */
export function drawSimulation<T extends Drawable>(pool: readonly T[], exam: ExamId, seed: string, seen: ReadonlySet<string>, count: number = examForm.questions): T[] {
  const fits = pool.filter((q) => q.exams.includes(exam));
  const quotas = domainQuotas(exam, Math.min(count, fits.length));
  const unseenFirst = (items: readonly T[], salt: string) => {
    const shuffled = seededShuffle(items, `${seed}:${salt}`);
    return [...shuffled.filter((q) => !seen.has(q.id)), ...shuffled.filter((q) => seen.has(q.id))];
  };
  const chosen: T[] = [];
  const taken = new Set<string>();
  for (const domain of examDomains) {
    for (const q of unseenFirst(fits.filter((x) => x.domainId === domain), domain).slice(0, quotas[domain])) {
      chosen.push(q);
      taken.add(q.id);
    }
  }
  const target = Math.min(count, fits.length);
  if (chosen.length < target) {
    for (const q of unseenFirst(fits.filter((x) => !taken.has(x.id)), "top-up")) {
      if (chosen.length >= target) break;
      chosen.push(q);
      taken.add(q.id);
    }
  }
  // Shuffle, then pull each case study's other questions up behind its first one.
  const shuffled = seededShuffle(chosen, `${seed}:order`);
  const ordered: T[] = [];
  const placed = new Set<string>();
  for (const q of shuffled) {
    if (placed.has(q.id)) continue;
    const group = q.case ? shuffled.filter((x) => x.case?.id === q.case?.id) : [q];
    for (const member of group) {
      ordered.push(member);
      placed.add(member.id);
    }
  }
  return ordered;
}

export interface Tally {
  correct: number;
  /** Questions answered (a question not reached is not answered). */
  answered: number;
  total: number;
}

export interface MissedItem {
  id: string;
  /** "unanswered" when time ran out or it was skipped; "wrong" when answered wrongly. */
  reason: "wrong" | "unanswered";
  links: PlayQuestion["links"];
}

export interface SimulationResult extends Tally {
  byDomain: Record<ExamDomain, Tally>;
  byTask: Partial<Record<TaskId, Tally>>;
  missed: MissedItem[];
}

const emptyTally = (): Tally => ({ correct: 0, answered: 0, total: 0 });

/** A question counts as answered once any option, step or match is chosen. */
export function isAnswered(answer: readonly string[] | undefined): boolean {
  return (answer ?? []).length > 0;
}

/**
 * Scores a simulation as the exam does: only fully right answers count, and unanswered questions score nothing.
 * A question counts once for its domain (from its main task) and once for every task statement it practises.
 */
export function scoreSimulation(questions: readonly Pick<PlayQuestion, "id" | "kind" | "options" | "steps" | "domainId" | "tasks" | "links">[], answers: Readonly<Record<string, readonly string[]>>): SimulationResult {
  const byDomain = Object.fromEntries(examDomains.map((d) => [d, emptyTally()])) as Record<ExamDomain, Tally>;
  const byTask: Partial<Record<TaskId, Tally>> = {};
  const missed: MissedItem[] = [];
  const total = emptyTally();
  for (const q of questions) {
    const answer = answers[q.id];
    const answered = isAnswered(answer);
    const right = answered && isAnswerCorrect(q, answer ?? []);
    const add = (t: Tally) => {
      t.total++;
      if (answered) t.answered++;
      if (right) t.correct++;
    };
    add(total);
    add(byDomain[q.domainId]);
    for (const task of new Set(q.tasks)) {
      byTask[task] ??= emptyTally();
      add(byTask[task]);
    }
    if (!right) missed.push({ id: q.id, reason: answered ? "wrong" : "unanswered", links: q.links });
  }
  return { ...total, byDomain, byTask, missed };
}
