import Link from "next/link";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { Breadcrumbs } from "./breadcrumbs";

/** A real, prerendered page for a part of the portal that a later release fills. */
export function ComingSoon({ locale, what }: { locale: Locale; what: string }) {
  const t = getDictionary(locale);
  return (
    <div className="max-w-2xl">
      <Breadcrumbs label={t.a11y.breadcrumbs} items={[{ label: t.nav.home, href: routes.home(locale) }, { label: what }]} />
      <p className="inline-block rounded-full border border-border px-3 py-0.5 text-sm text-muted">{t.comingSoon.badge}</p>
      <h1 className="mt-3 text-3xl font-bold">{t.comingSoon.title(what)}</h1>
      <p className="mt-3 text-muted">{t.comingSoon.body}</p>
      <p className="mt-6">
        <Link href={routes.lessons(locale)} className="underline">
          {t.comingSoon.back}
        </Link>
      </p>
    </div>
  );
}
