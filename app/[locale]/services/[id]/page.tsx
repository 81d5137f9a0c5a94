import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceDetail } from "@/components/services/service-detail";
import { getServiceView, serviceStaticParams } from "@/lib/content/catalogue";
import { isLocale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/metadata";

export const dynamicParams = false;
export const generateStaticParams = serviceStaticParams;

type Params = Promise<{ locale: string; id: string }>;

async function load(params: Params) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const view = await getServiceView(locale, id);
  if (!view) notFound();
  return { locale, view };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, view } = await load(params);
  return pageMetadata({ locale, path: `/services/${view.service.id}`, title: view.service.name[locale], description: view.service.summary[locale] });
}

export default async function ServicePage({ params }: { params: Params }) {
  const { locale, view } = await load(params);
  return <ServiceDetail locale={locale} view={view} />;
}
