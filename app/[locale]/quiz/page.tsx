import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/quiz", title: t.nav.quiz, description: t.entry.quiz });
}

export default async function Page({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <ComingSoon locale={locale} what={getDictionary(locale).nav.quiz} />;
}
