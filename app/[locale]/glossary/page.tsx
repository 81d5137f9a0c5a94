import type { Metadata } from "next";
import { GlossaryView } from "@/components/glossary/glossary-view";
import { getGlossary } from "@/lib/content/glossary-view";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/glossary", title: t.glossary.title, description: t.glossary.lead });
}

export default async function GlossaryPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <GlossaryView locale={locale} terms={await getGlossary(locale)} />;
}
