import type { MetadataRoute } from "next";
import { listSitePages } from "@/lib/content/site-pages";
import { siteUrl } from "@/lib/routes";

export const dynamic = "force-static";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const pages = await listSitePages();
  return pages.flatMap((page) =>
    page.locales.map((locale) => ({
      url: new URL(`/${locale}${page.path}`, base).toString(),
      alternates: {
        languages: Object.fromEntries(page.locales.map((l) => [l, new URL(`/${l}${page.path}`, base).toString()])),
      },
    })),
  );
}
