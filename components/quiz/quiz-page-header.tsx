import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

/** Title, lead and breadcrumbs (home › quiz › …) shared by the quiz pages. */
export function QuizPageHeader({ locale, title, lead, trail = [], children }: { locale: Locale; title: string; lead?: string; trail?: Crumb[]; children?: ReactNode }) {
  const t = getDictionary(locale);
  const items: Crumb[] = [{ label: t.nav.home, href: routes.home(locale) }, ...(trail.length > 0 ? [{ label: t.quiz.title, href: routes.quiz(locale) }, ...trail] : [{ label: t.quiz.title }])];
  return (
    <header className="mb-8">
      <Breadcrumbs label={t.a11y.breadcrumbs} items={items} />
      <h1 className="text-3xl font-bold">{title}</h1>
      {lead ? <p className="mt-3 max-w-3xl text-lg">{lead}</p> : null}
      {children}
    </header>
  );
}
