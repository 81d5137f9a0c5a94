import type { MetadataRoute } from "next";
import { en } from "@/lib/i18n/dictionary-en";
import { ja } from "@/lib/i18n/dictionary-ja";

export const dynamic = "force-static";

/** The web app manifest: the site can be added to a home screen; `/` opens it in the reader's language. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: `${ja.site.name} (${en.site.name})`,
    short_name: en.site.name,
    description: `${ja.site.tagline} ${en.site.tagline}`,
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    lang: "ja",
    background_color: "#ffffff",
    theme_color: "#0b5cad",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
