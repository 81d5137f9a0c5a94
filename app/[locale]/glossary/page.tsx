import type { Metadata } from "next";
import { GlossaryList } from "@/components/glossary/glossary-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getGlossary } from "@/lib/content/glossary-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/glossary", title: t.glossary.title, description: t.glossary.lead });
}

export default async function GlossaryPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  const terms = await getGlossary(locale);
  return (
    <div>
      <Breadcrumbs label={t.a11y.breadcrumbs} items={[{ label: t.nav.home, href: routes.home(locale) }, { label: t.glossary.title }]} />
      <h1 className="text-3xl font-bold">{t.glossary.title}</h1>
      <p className="mt-2 text-muted">
        {t.glossary.lead} {t.glossary.count(terms.length)}
      </p>
      <div className="mt-6">
        <GlossaryList locale={locale} terms={terms} t={t} />
      </div>
    </div>
  );
}
