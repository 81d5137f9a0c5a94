import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { otherLocale, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { searchIndexUrl } from "@/lib/search/urls";
import { LanguageSwitch } from "./language-switch.client";
import { SiteSearch } from "./site-search.client";
import { ThemeToggle } from "./theme-toggle.client";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  const links = [
    { href: routes.lessons(locale), label: t.nav.lessons },
    { href: routes.services(locale), label: t.nav.services },
    { href: routes.glossary(locale), label: t.nav.glossary },
    { href: routes.quiz(locale), label: t.nav.quiz },
    { href: routes.review(locale), label: t.nav.review },
  ];
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-bg/95 backdrop-blur">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={routes.home(locale)} className="mr-auto text-base font-bold text-fg no-underline">
          {t.site.name}
        </Link>
        <nav aria-label={t.nav.label} className="order-last w-full overflow-x-auto md:order-none md:w-auto">
          <ul className="flex gap-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="block whitespace-nowrap rounded-md px-2 py-1.5 text-fg no-underline hover:bg-surface">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2">
          <SiteSearch locale={locale} indexUrl={searchIndexUrl("site")} labels={t.siteSearch} />
          <LanguageSwitch to={otherLocale(locale)} text={t.language.switchTo} label={t.language.switchLabel} />
          <ThemeToggle toLight={t.theme.toLight} toDark={t.theme.toDark} />
        </div>
      </div>
    </header>
  );
}
