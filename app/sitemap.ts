import type { MetadataRoute } from "next";
import { listSitePages } from "@/lib/content/site-pages";
import { publicUrl } from "@/lib/routes";

export const dynamic = "force-static";

/**
 * Every page in both locales. Without SITE_URL the entries are root-relative paths: search engines need
 * absolute URLs (the build warns), but the browser tests and tools still read the page list from here.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listSitePages();
  return pages.flatMap((page) =>
    page.locales.map((locale) => ({
      url: publicUrl(`/${locale}${page.path}`),
      alternates: {
        languages: Object.fromEntries(page.locales.map((l) => [l, publicUrl(`/${l}${page.path}`)])),
      },
    })),
  );
}
