import type { Metadata } from "next";
import { getDictionary } from "./i18n/dictionaries";
import { defaultLocale, locales, type Locale } from "./i18n/locales";
import { absoluteUrl } from "./routes";

/**
 * Title, description, canonical URL, hreflang alternates and Open Graph tags for a page that exists at
 * `/{locale}{path}`. `available` lists the locales where the page has its own text (all by default).
 * Canonical and hreflang are resolved against SITE_URL by the layout's metadataBase (relative without it);
 * og:url must be absolute, so it is written only when SITE_URL is set.
 */
export function pageMetadata(options: {
  locale: Locale;
  path: string;
  title?: string;
  description?: string;
  available?: readonly Locale[];
  /** For a page showing text not yet translated into its locale. */
  noindex?: boolean;
  /** A lesson: og:type article, with the date it was last reviewed. */
  article?: { modifiedTime: string; section?: string };
}): Metadata {
  const { locale, path, title, description } = options;
  const available = options.available ?? locales;
  const t = getDictionary(locale);
  const languages: Record<string, string> = {};
  for (const l of available) languages[l] = `/${l}${path}`;
  if (available.includes(defaultLocale)) languages["x-default"] = `/${defaultLocale}${path}`;
  const url = absoluteUrl(`/${locale}${path}`);
  const common = {
    title: title ?? t.site.name,
    description: description ?? t.site.tagline,
    locale: locale === "ja" ? "ja_JP" : "en_US",
    alternateLocale: available.filter((l) => l !== locale).map((l) => (l === "ja" ? "ja_JP" : "en_US")),
    siteName: t.site.name,
    ...(url ? { url } : {}),
  };
  return {
    title: title ? `${title} | ${t.site.name}` : t.site.name,
    description: description ?? t.site.tagline,
    alternates: { canonical: `/${locale}${path}`, languages },
    ...(options.noindex ? { robots: { index: false, follow: true } } : {}),
    openGraph: options.article
      ? {
          ...common,
          type: "article",
          modifiedTime: options.article.modifiedTime,
          ...(options.article.section ? { section: options.article.section } : {}),
        }
      : { ...common, type: "website" },
  };
}
