import Link from "next/link";
import type { Dictionary } from "@/lib/i18n/dictionaries";

export interface PagerLink {
  href: string;
  title: string;
}

export function LessonPager({ t, previous, next }: { t: Dictionary; previous?: PagerLink; next?: PagerLink }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={`${t.lesson.previous} / ${t.lesson.next}`} className="no-print mt-12 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link href={previous.href} rel="prev" className="rounded-lg border border-border p-4 no-underline hover:bg-surface">
          <span className="block text-sm text-muted">← {t.lesson.previous}</span>
          <span className="block font-bold text-fg">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={next.href} rel="next" className="rounded-lg border border-border p-4 text-right no-underline hover:bg-surface">
          <span className="block text-sm text-muted">{t.lesson.next} →</span>
          <span className="block font-bold text-fg">{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
