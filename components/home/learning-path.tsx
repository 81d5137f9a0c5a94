import Link from "next/link";
import type { PathEntry } from "@/lib/content/lesson-view";
import { lessonSections } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

/** The lessons grouped by section, numbered in reading order. */
export function LearningPath({ locale, t, path, headingLevel = 2 }: { locale: Locale; t: Dictionary; path: PathEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-8">
      {lessonSections.map((section) => {
        const entries = path.filter((entry) => entry.section === section);
        if (entries.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`path-${section}`} id={section}>
            <Heading id={`path-${section}`} className="text-lg font-bold">
              {t.sections[section]}
            </Heading>
            <ol className="mt-3 space-y-3">
              {entries.map((entry) => (
                <li key={entry.slug}>
                  <Link href={routes.lesson(locale, entry.slug)} className="group block rounded-lg border border-border p-4 no-underline hover:bg-surface">
                    <span className="flex items-baseline gap-3">
                      <span className="text-sm font-bold text-accent">{path.indexOf(entry) + 1}</span>
                      <span className="font-bold text-fg group-hover:underline">{entry.title}</span>
                    </span>
                    <span className="mt-1 block text-sm text-muted">{entry.description}</span>
                    <span className="mt-1 block text-xs text-muted">{t.lesson.readingTime(entry.minutes)}</span>
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
