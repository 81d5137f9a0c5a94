import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { englishIndexKey, japaneseIndexKey } from "@/lib/content/glossary-index";
import type { Term } from "@/lib/content/schemas";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { searchIndexUrl } from "@/lib/search/urls";
import { glossaryJsonLd } from "@/lib/structured-data";
import { JsonLd } from "@/components/layout/json-ld";
import { GlossarySearch, type GlossaryEntry } from "./glossary-search.client";

/** The glossary: every term in dictionary order with an あ–わ / A–Z index, and instant search. */
export function GlossaryView({ locale, terms }: { locale: Locale; terms: Term[] }) {
  const t = getDictionary(locale);
  const seen = new Set<string>();
  const entries: GlossaryEntry[] = terms.map((term) => {
    const key = locale === "ja" ? japaneseIndexKey(term.ja.reading) : englishIndexKey(term.en.name);
    const anchor = seen.has(key) ? undefined : key;
    seen.add(key);
    return {
      id: term.id,
      name: term[locale].name,
      sub: locale === "ja" ? term.en.name : term.ja.name,
      short: term[locale].short,
      href: routes.term(locale, term.id),
      anchor,
    };
  });
  const structured = glossaryJsonLd({
    path: routes.glossary(locale),
    name: t.glossary.title,
    description: t.glossary.lead,
    locale,
    terms: terms.map((term) => ({ name: term[locale].name, description: term[locale].short, path: routes.term(locale, term.id), code: term.id })),
  });
  return (
    <div className="max-w-5xl">
      <JsonLd data={structured} />
      <Breadcrumbs label={t.a11y.breadcrumbs} items={[{ label: t.nav.home, href: routes.home(locale) }, { label: t.glossary.title }]} />
      <h1 className="text-3xl font-bold">{t.glossary.title}</h1>
      <p className="mt-2 text-muted">{t.glossary.lead}</p>
      <div className="mt-6">
        <GlossarySearch
          entries={entries}
          indexUrl={searchIndexUrl("glossary", locale)}
          labels={{
            index: t.glossary.index,
            label: t.glossary.search,
            placeholder: t.glossary.searchPlaceholder,
            hint: t.glossary.searchHint,
            all: t.glossary.all,
            results: t.glossary.results,
            none: t.glossary.none,
            loading: t.glossary.loading,
          }}
        />
      </div>
    </div>
  );
}
