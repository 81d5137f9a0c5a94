import type { Metadata } from "next";
import { HomeView } from "@/components/home/home-view";
import { getHome } from "@/lib/content/home-view";
import { pageMetadata } from "@/lib/metadata";
import { resolveLocale, type LocaleParams } from "@/lib/page-params";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return pageMetadata({ locale: await resolveLocale(params), path: "" });
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await resolveLocale(params);
  return <HomeView locale={locale} home={await getHome(locale)} />;
}
