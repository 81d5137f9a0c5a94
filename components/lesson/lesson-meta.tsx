import type { Dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

export function LessonMeta({ t, locale, minutes, lastReviewed }: { t: Dictionary; locale: Locale; minutes: number; lastReviewed: string }) {
  return (
    <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      <span data-testid="reading-time">{t.lesson.readingTime(minutes)}</span>
      <span>
        {t.lesson.lastReviewed}: <time dateTime={lastReviewed}>{formatDate(lastReviewed, locale)}</time>
      </span>
    </p>
  );
}
