import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { locales, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { searchIndexUrl } from "@/lib/search/urls";
import { NotFoundSuggestions } from "./not-found-suggestions.client";

/** The 404 message. Without a known locale it shows both languages. */
export function NotFoundView({ locale, suggestions = false }: { locale?: Locale; suggestions?: boolean }) {
  const shown = locale ? [locale] : locales;
  return (
    <div className="mx-auto max-w-2xl py-16">
      {shown.map((l, index) => {
        const t = getDictionary(l);
        const Heading = index === 0 ? "h1" : "h2";
        return (
          <section key={l} lang={l} data-not-found-locale={l} className="mb-10">
            <Heading className="text-3xl font-bold">{t.notFound.title}</Heading>
            <p className="mt-3 text-muted">{t.notFound.body}</p>
            <p className="mt-4">
              <Link href={routes.home(l)} className="underline">
                {t.notFound.home}
              </Link>
            </p>
            {suggestions ? <NotFoundSuggestions pagesUrl={searchIndexUrl("pages", l)} searchUrl={routes.glossary(l)} labels={{ didYouMean: t.notFound.didYouMean, search: t.notFound.search, searchLabel: t.notFound.searchLabel }} /> : null}
          </section>
        );
      })}
    </div>
  );
}
