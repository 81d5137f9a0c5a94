import Link from "next/link";
import { englishIndexKey, japaneseIndexKey } from "@/lib/content/glossary-index";
import type { Term } from "@/lib/content/schemas";
import type { Dictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

/** All terms under あ–わ (ja) or A–Z (en) headings, with an index that jumps to each heading. */
export function GlossaryList({ locale, terms, t }: { locale: Locale; terms: Term[]; t: Dictionary }) {
  const groups = new Map<string, Term[]>();
  for (const term of terms) {
    const key = locale === "ja" ? japaneseIndexKey(term.ja.reading) : englishIndexKey(term.en.name);
    groups.set(key, [...(groups.get(key) ?? []), term]);
  }
  const keys = [...groups.keys()];
  return (
    <div>
      <nav aria-label={t.glossary.index} className="sticky top-16 z-10 -mx-4 overflow-x-auto bg-bg/95 px-4 py-2">
        <ul className="flex gap-1">
          {keys.map((key) => (
            <li key={key}>
              <a href={`#index-${encodeURIComponent(key)}`} className="inline-flex h-8 min-w-8 items-center justify-center rounded border border-border px-2 text-sm no-underline hover:bg-surface">
                {key}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {keys.map((key) => (
        <section key={key} aria-labelledby={`index-${encodeURIComponent(key)}`} className="mt-6">
          <h2 id={`index-${encodeURIComponent(key)}`} className="border-b border-border pb-1 text-xl font-bold">
            {key}
          </h2>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {(groups.get(key) ?? []).map((term) => (
              <li key={term.id} id={term.id}>
                <Link href={routes.term(locale, term.id)} className="block h-full rounded-lg border border-border p-3 no-underline hover:bg-surface">
                  <span className="block font-bold text-fg">{term[locale].name}</span>
                  <span className="block text-sm text-muted">{term[locale].short}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
