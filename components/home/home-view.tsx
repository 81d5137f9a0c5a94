import Link from "next/link";
import type { HomeData } from "@/lib/content/home-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { LearningPath } from "./learning-path";
import { StudyStatus } from "./study-status.client";
import { studyStatusLabels } from "./study-status-labels";

export function HomeView({ locale, home }: { locale: Locale; home: HomeData }) {
  const t = getDictionary(locale);
  const { path } = home;
  const studyLabels = studyStatusLabels(t.quiz);
  const first = path[0];
  const entries = [
    { href: routes.lessons(locale), title: t.nav.lessons, body: t.entry.lessons },
    { href: routes.services(locale), title: t.nav.services, body: t.entry.services },
    { href: routes.glossary(locale), title: t.nav.glossary, body: t.entry.glossary },
    { href: routes.quiz(locale), title: t.nav.quiz, body: t.entry.quiz },
    { href: routes.review(locale), title: t.nav.review, body: t.entry.review },
  ];
  return (
    <div className="space-y-14">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t.home.title}</h1>
        <p className="mt-4 text-lg text-muted">{t.home.lead}</p>
        {first ? (
          <p className="mt-6">
            <Link href={routes.lesson(locale, first.slug)} className="inline-block rounded-md bg-accent px-5 py-2.5 font-bold text-accent-fg no-underline hover:opacity-90">
              {t.home.startReading}
            </Link>
          </p>
        ) : null}
      </section>
      <div className="max-w-3xl">
        <StudyStatus locale={locale} questionIds={home.quiz.questionIds} sets={home.quiz.sets} labels={studyLabels} />
      </div>
      <section aria-labelledby="explore">
        <h2 id="explore" className="text-2xl font-bold">
          {t.home.exploreTitle}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {entries.map((entry) => (
            <li key={entry.href}>
              <Link href={entry.href} className="block h-full rounded-lg border border-border p-4 no-underline hover:bg-surface">
                <span className="block font-bold text-fg">{entry.title}</span>
                <span className="mt-1 block text-sm text-muted">{entry.body}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="path" className="max-w-3xl">
        <h2 id="path" className="text-2xl font-bold">
          {t.home.pathTitle}
        </h2>
        <p className="mt-2 text-muted">{t.home.pathLead}</p>
        <div className="mt-6">
          <LearningPath locale={locale} t={t} path={path} headingLevel={3} />
        </div>
      </section>
    </div>
  );
}
