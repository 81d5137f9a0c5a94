/**
 * Answer cues in the quiz bank: a test-wise reader should not find the right option by its length, and no wrong
 * option should be ruled out at once because it names a retired or closed service. Measured per language over the
 * single-answer multiple-choice items. Pure: the loader and the content check call it; the bench prints it.
 */
import type { Localized } from "@/lib/i18n/locales";
import type { QuizSet, Service } from "./schemas";

/** The build fails above these shares (percent of single-answer items, in either language). */
export const cueBudgets = { longestShare: 35, ratioShare: 10, ratio: 1.3 } as const;

export interface CueFigures {
  /** Single-answer items measured. */
  items: number;
  /** Items whose right option is longer than every wrong one. */
  longest: number;
  /** Items whose right option is more than `cueBudgets.ratio` × the longest wrong one. */
  overRatio: number;
  longestShare: number;
  ratioShare: number;
}

export interface RetiredOption {
  setId: string;
  questionId: string;
  optionId: string;
  serviceId: string;
  name: string;
}

export interface CueReport {
  figures: Localized<CueFigures>;
  retiredOptions: RetiredOption[];
}

/** Visible length: code points, ignoring spaces, so a Japanese and an English text measure alike. */
function length(text: string): number {
  return [...text.replace(/\s+/g, "")].length;
}

function share(n: number, of: number): number {
  return of === 0 ? 0 : Math.round((n / of) * 1000) / 10;
}

/** The names a writer would use for a service: its names, and aliases that are proper names (not topics). */
function serviceNames(service: Service): string[] {
  const proper = service.aliases.filter((a) => /^[A-Z][A-Za-z0-9 ]{4,}$/.test(a) || /^[\u30a0-\u30ff・ー]{4,}$/.test(a));
  return [...new Set([service.name.en, service.name.ja, ...proper])];
}

function namesIn(text: string, name: string): boolean {
  if (/^[\x20-\x7e]+$/.test(name)) return new RegExp(`(^|[^A-Za-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z0-9])`).test(text);
  return text.includes(name);
}

export function measureCues(sets: readonly QuizSet[], services: readonly Service[]): CueReport {
  const gone = services.filter((s) => s.status.state === "closed-to-new-customers" || s.status.state === "end-of-support");
  const figures = { ja: { items: 0, longest: 0, overRatio: 0 }, en: { items: 0, longest: 0, overRatio: 0 } };
  const retiredOptions: RetiredOption[] = [];
  for (const set of sets) {
    for (const q of set.questions) {
      if (q.type !== "choice") continue;
      const right = q.options.filter((o) => o.correct);
      const wrong = q.options.filter((o) => !o.correct);
      if (right.length === 1 && right[0]) {
        for (const locale of ["ja", "en"] as const) {
          const r = length(right[0].text[locale]);
          const longestWrong = Math.max(...wrong.map((o) => length(o.text[locale])));
          figures[locale].items++;
          if (r > longestWrong) figures[locale].longest++;
          if (r > cueBudgets.ratio * longestWrong) figures[locale].overRatio++;
        }
      }
      if (q.aboutLifecycle) continue;
      for (const option of wrong) {
        const hit = gone.flatMap((s) => serviceNames(s).filter((n) => namesIn(option.text.en, n) || namesIn(option.text.ja, n)).map((name) => ({ s, name })))[0];
        if (hit) retiredOptions.push({ setId: set.id, questionId: q.id, optionId: option.id, serviceId: hit.s.id, name: hit.name });
      }
    }
  }
  const finish = (f: { items: number; longest: number; overRatio: number }): CueFigures => ({ ...f, longestShare: share(f.longest, f.items), ratioShare: share(f.overRatio, f.items) });
  return { figures: { ja: finish(figures.ja), en: finish(figures.en) }, retiredOptions };
}

/** What is over budget, as lines for an error; empty when the bank has no cues. */
export function cueProblems(report: CueReport): string[] {
  const problems: string[] = [];
  for (const locale of ["ja", "en"] as const) {
    const f = report.figures[locale];
    if (f.longestShare > cueBudgets.longestShare) {
      problems.push(`${locale}: the right option is the longest in ${f.longestShare}% of ${f.items} single-answer items (${f.longest}); at most ${cueBudgets.longestShare}% allowed`);
    }
    if (f.ratioShare > cueBudgets.ratioShare) {
      problems.push(`${locale}: the right option is over ${cueBudgets.ratio}× the longest wrong one in ${f.ratioShare}% of items (${f.overRatio}); at most ${cueBudgets.ratioShare}% allowed`);
    }
  }
  for (const r of report.retiredOptions) {
    problems.push(`content/quizzes/${r.setId}.yaml: questions (${r.questionId}).options (${r.optionId}): a wrong option names "${r.name}", which is retired or closed to new customers (${r.serviceId}); use a current service, or mark the question aboutLifecycle: true`);
  }
  return problems;
}

/** One line of figures for a report. */
export function formatCueFigures(report: CueReport): string {
  const line = (l: "ja" | "en") => `${l} longest ${report.figures[l].longestShare}% · over ${cueBudgets.ratio}× ${report.figures[l].ratioShare}%`;
  return `answer cues over ${report.figures.en.items} single-answer items: ${line("ja")}; ${line("en")}; wrong options naming retired services: ${report.retiredOptions.length}`;
}
