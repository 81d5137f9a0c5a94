import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { otherLocale, type Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { searchIndexUrl } from "@/lib/search/urls";
import { LanguageSwitch } from "./language-switch.client";
import { SiteMenu } from "./site-menu.client";
import { SiteSearch } from "./site-search.client";
import { ThemeToggle } from "./theme-toggle.client";

/**
 * One row at every width (at most 72 px high on phones): the site name, the navigation (inline from lg up,
 * behind a menu button below, together with the theme toggle), search and the language switch.
 */
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
    <header className="site-header sticky top-0 z-30 border-b border-border bg-bg/95 backdrop-blur">
      <div className="relative mx-auto flex max-w-7xl items-center gap-2 px-4 py-2 lg:gap-4 lg:py-3">
        <Link href={routes.home(locale)} className="mr-auto min-w-0 text-sm font-bold leading-tight text-fg no-underline sm:text-base">
          {t.site.name}
        </Link>
        <SiteMenu label={t.nav.menu}>
          <nav aria-label={t.nav.label}>
            <ul className="flex flex-col gap-1 text-sm lg:flex-row">
              {links.map((link) => (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    className="block whitespace-nowrap rounded-md px-2 py-2.5 text-fg no-underline hover:bg-surface lg:py-1.5"
                  >
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex items-center max-lg:mt-2 max-lg:border-t max-lg:border-border max-lg:pt-3">
            <ThemeToggle toLight={t.theme.toLight} toDark={t.theme.toDark} />
          </div>
        </SiteMenu>
        <div className="flex shrink-0 items-center gap-2">
          <SiteSearch locale={locale} indexUrl={searchIndexUrl("site", locale)} namesUrl={searchIndexUrl("site-names", locale)} labels={t.siteSearch} />
          <LanguageSwitch to={otherLocale(locale)} text={t.language.switchTo} label={t.language.switchLabel} />
        </div>
      </div>
    </header>
  );
}
