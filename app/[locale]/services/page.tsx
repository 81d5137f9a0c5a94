import type { Metadata } from "next";
import { CatalogueView } from "@/components/services/catalogue-view";
import { getCatalogue } from "@/lib/content/catalogue";
import { getDictionary } from "@/lib/i18n/dictionaries";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = getDictionary(locale);
  return pageMetadata({ locale, path: "/services", title: t.catalogue.title, description: t.catalogue.lead });
}

export default async function ServicesPage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <CatalogueView locale={locale} services={await getCatalogue()} />;
}
