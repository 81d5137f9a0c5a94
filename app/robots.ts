import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/routes";

export const dynamic = "force-static";

/** The Sitemap line needs an absolute URL, so it is left out when SITE_URL is not set. */
export default function robots(): MetadataRoute.Robots {
  const sitemap = absoluteUrl("/sitemap.xml");
  return { rules: { userAgent: "*", allow: "/" }, ...(sitemap ? { sitemap } : {}) };
}
