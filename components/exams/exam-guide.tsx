import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { formatDate } from "@/components/lesson/lesson-meta";
import type { ExamLink, ExamView } from "@/lib/content/exam-view";
import { taskAnchor } from "@/lib/content/exam-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

function LinkList({ title, links }: { title: string; links: ExamLink[] }) {
  if (links.length === 0) return null;
  return (
    <div>
      <h4 className="text-sm font-semibold text-muted">{title}</h4>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm" role="list">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One exam guide: status and dates, domains with weights, every task statement with what teaches and tests it. */
export function ExamGuidePage({ locale, view }: { locale: Locale; view: ExamView }) {
  const dict = getDictionary(locale);
  const t = dict.exam;
  return (
    <article className="max-w-4xl">
      <header className="mb-8">
        <Breadcrumbs
          label={dict.a11y.breadcrumbs}
          items={[{ label: dict.nav.home, href: routes.home(locale) }, { label: dict.quiz.title, href: routes.quiz(locale) }, { label: formatMessage(t.title, { exam: view.name }) }]}
        />
        <h1 className="text-3xl font-bold">{formatMessage(t.title, { exam: view.name })}</h1>
        <p className="mt-3 rounded-md border border-border p-3" data-testid="exam-status">
          {view.status}
        </p>
        <p className="mt-3 text-lg">{view.lead}</p>
        <p className="mt-2 text-muted">{formatMessage(t.questionsHere, { count: view.questions })}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <a className="btn" href={routes.quizReadiness(locale, view.id)}>
            {formatMessage(t.readiness, { exam: view.name })}
          </a>
          <a className="btn btn-secondary" href={routes.quizExam(locale)}>
            {formatMessage(t.simulate, { exam: view.name })}
          </a>
          <Link className="btn btn-secondary" href={view.other.href}>
            {formatMessage(t.other, { exam: view.other.label })}
          </Link>
        </p>
      </header>

      {view.changes ? (
        <section aria-labelledby="changes" className="mb-10 rounded-lg border border-border p-4" data-testid="exam-changes">
          <h2 id="changes" className="text-2xl font-bold">
            {t.changesTitle}
          </h2>
          <p className="mt-2">{view.changes.summary}</p>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {(
              [
                [t.added, view.changes.added],
                [t.removed, view.changes.removed],
              ] as const
            ).map(([title, items]) => (
              <div key={title}>
                <h3 className="font-semibold">{title}</h3>
                <ul className="mt-1 list-disc pl-6">
                  {items.map((c) => (
                    <li key={`${c.task}-${c.text}`}>
                      <a href={`#${taskAnchor(c.task)}`}>{c.task}</a> {c.text}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ) : null}

      {view.domains.map((d, i) => (
        <section key={d.id} aria-labelledby={`domain-${i + 1}`} className="mb-10">
          <h2 id={`domain-${i + 1}`} className="text-2xl font-bold">
            {i + 1}. {d.label} <span className="text-base font-normal text-muted">({formatMessage(t.weight, { weight: d.weight })})</span>
          </h2>
          <ol className="mt-4 space-y-6" role="list">
            {d.tasks.map((task) => (
              <li key={task.id} id={task.anchor} className="scroll-mt-20 rounded-lg border border-border p-4" data-testid={`exam-task-${task.id}`}>
                <h3 className="text-lg font-semibold">
                  <span className="sr-only">{formatMessage(t.taskLabel, { id: task.id })}: </span>
                  <span aria-hidden="true">{task.id}</span> {task.label}
                </h3>
                <p className="mt-1">{task.summary}</p>
                <p className="mt-2 text-sm text-muted">{formatMessage(t.taskQuestions, { count: task.questions })}</p>
                <div className="mt-3 space-y-2">
                  <LinkList title={t.lessons} links={task.lessons} />
                  <LinkList title={t.services} links={task.services} />
                  <LinkList title={t.samples} links={task.samples} />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}

      <footer className="border-t border-border pt-4 text-sm">
        <h2 className="font-semibold">{t.sources}</h2>
        <ul className="mt-1 list-disc pl-6">
          {view.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
        <p className="mt-2 text-muted">{formatMessage(t.checked, { date: formatDate(view.checked, locale) })}</p>
      </footer>
    </article>
  );
}
