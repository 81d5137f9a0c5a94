/**
 * An exam guide page: the domains with their weights, each task statement in our words with the lessons, services
 * and questions for it (gathered from the questions' blueprint tags and links), and what changed between the exams.
 */
import { locales, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { domainLabels, domainOfTask, domainWeights, examDomains, examIds, examLabels, taskIds, taskLabels, type ExamDomain, type ExamId, type TaskId } from "./exam-blueprint";
import { loadSite, type Site } from "./site";

export interface ExamLink {
  href: string;
  label: string;
}

export interface ExamTaskView {
  id: TaskId;
  anchor: string;
  label: string;
  summary: string;
  /** Questions that fit this exam and practise the task. */
  questions: number;
  /** Lessons the task's questions link, most linked first. */
  lessons: ExamLink[];
  /** Services the task's questions link, most linked first (at most 12). */
  services: ExamLink[];
  /** A few of its questions, each opened in its set. */
  samples: ExamLink[];
}

export interface ExamView {
  id: ExamId;
  name: string;
  status: string;
  lead: string;
  questions: number;
  domains: { id: ExamDomain; label: string; weight: number; tasks: ExamTaskView[] }[];
  changes?: { summary: string; added: { task: TaskId; text: string }[]; removed: { task: TaskId; text: string }[] };
  sources: { title: string; url: string }[];
  checked: string;
  other: ExamLink;
}

export function taskAnchor(task: TaskId): string {
  return `task-${task.replace(".", "-")}`;
}

function ranked(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

function taskView(site: Site, exam: ExamId, task: TaskId, summary: string, locale: Locale): ExamTaskView {
  const lessons = new Map<string, number>();
  const services = new Map<string, number>();
  const samples: ExamLink[] = [];
  let questions = 0;
  for (const set of site.quizSets) {
    for (const q of set.questions) {
      if (!q.blueprint.exams.includes(exam) || !q.blueprint.tasks.includes(task)) continue;
      questions++;
      for (const slug of new Set(q.links.lessons.map((l) => l.slug))) lessons.set(slug, (lessons.get(slug) ?? 0) + 1);
      for (const id of q.links.services) services.set(id, (services.get(id) ?? 0) + 1);
      if (samples.length < 3 && q.blueprint.tasks[0] === task) samples.push({ href: routes.quizQuestion(locale, set.id, q.id), label: q.question[locale] });
    }
  }
  return {
    id: task,
    anchor: taskAnchor(task),
    label: taskLabels[task][locale],
    summary,
    questions,
    lessons: ranked(lessons).flatMap((slug) => {
      const lesson = site.lessonBySlug.get(slug);
      return lesson ? [{ href: routes.lesson(locale, slug), label: lesson.versions[locale].frontmatter.title }] : [];
    }),
    services: ranked(services)
      .slice(0, 12)
      .flatMap((id) => {
        const service = site.serviceById.get(id);
        return service ? [{ href: routes.service(locale, id), label: service.name[locale] }] : [];
      }),
    samples,
  };
}

/** The page of one exam, or undefined for a name that is not an exam. */
export async function getExamView(locale: Locale, id: string): Promise<ExamView | undefined> {
  const site = await loadSite();
  const guide = site.examGuides.find((g) => g.id === id);
  if (!guide) return undefined;
  const exam = guide.id;
  const other = examIds.find((id) => id !== exam) ?? exam;
  return {
    id: exam,
    name: examLabels[exam][locale],
    status: guide.status[locale],
    lead: guide.lead[locale],
    questions: site.quizSets.reduce((n, s) => n + s.questions.filter((q) => q.blueprint.exams.includes(exam)).length, 0),
    domains: examDomains.map((d) => ({
      id: d,
      label: domainLabels[d][locale],
      weight: domainWeights[exam][d],
      tasks: taskIds.filter((t) => domainOfTask(t) === d).map((t) => taskView(site, exam, t, guide.tasks[t][locale], locale)),
    })),
    ...(guide.changes
      ? {
          changes: {
            summary: guide.changes.summary[locale],
            added: guide.changes.added.map((c) => ({ task: c.task, text: c.text[locale] })),
            removed: guide.changes.removed.map((c) => ({ task: c.task, text: c.text[locale] })),
          },
        }
      : {}),
    sources: guide.sources,
    checked: guide.checked,
    other: { href: routes.exam(locale, other), label: examLabels[other][locale] },
  };
}

export function examStaticParams(): { locale: Locale; exam: ExamId }[] {
  return locales.flatMap((locale) => examIds.map((exam) => ({ locale, exam })));
}
