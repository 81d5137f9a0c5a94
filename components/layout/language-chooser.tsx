import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { locales } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

/** Mirrors negotiateLocale for browsers: English only when the first preferred language is not Japanese but English is listed before it. */
const redirectScript = `(function(){var l=(navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||"ja"]);for(var i=0;i<l.length;i++){var p=String(l[i]).toLowerCase().split("-")[0];if(p==="ja"||p==="en"){location.replace("/"+p);return}}location.replace("/ja")})();`;

export function LanguageChooser() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center gap-6 px-4">
      <script dangerouslySetInnerHTML={{ __html: redirectScript }} />
      {locales.map((locale, index) => {
        const t = getDictionary(locale);
        const Heading = index === 0 ? "h1" : "h2";
        return (
          <section key={locale} lang={locale}>
            <Heading className="text-2xl font-bold">{t.site.name}</Heading>
            <p className="mt-2 text-muted">{t.site.tagline}</p>
            <p className="mt-3">
              <Link href={routes.home(locale)} hrefLang={locale} className="underline">
                {t.language.readHere}
              </Link>
            </p>
          </section>
        );
      })}
    </main>
  );
}
