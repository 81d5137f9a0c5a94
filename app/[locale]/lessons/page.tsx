import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { LearningPath } from "@/components/home/learning-path";
import { getLearningPath } from "@/lib/content/lesson-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/lessons", title: t.nav.lessons, description: t.entry.lessons });
}

export default async function LessonsPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  const path = await getLearningPath(locale);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs label={t.a11y.breadcrumbs} items={[{ label: t.nav.home, href: routes.home(locale) }, { label: t.nav.lessons }]} />
      <h1 className="text-3xl font-bold">{t.nav.lessons}</h1>
      <p className="mt-2 text-muted">
        {t.home.pathLead} {t.home.lessonsCount(path.length)}
      </p>
      <div className="mt-8">
        <LearningPath locale={locale} t={t} path={path} />
      </div>
    </div>
  );
}
