/**
 * What is due for spaced review today. Kept apart from the progress schema and the scheduler so that pages which
 * only count what is due (the home page) load neither.
 */

/** The end of the learner's local day: what is due by then is "due today". */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** Ids of questions whose review is due by the end of today, most overdue first; only ids in `known`. */
export function dueQuestionIds(progress: { cards: Readonly<Record<string, { due: string }>> }, now: Date, known?: ReadonlySet<string>): string[] {
  const limit = endOfDay(now).getTime();
  return Object.entries(progress.cards)
    .filter(([id, card]) => (known ? known.has(id) : true) && Date.parse(card.due) <= limit)
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([id]) => id);
}
