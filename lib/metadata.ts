import type { Metadata } from "next";
import { getDictionary } from "./i18n/dictionaries";
import { defaultLocale, locales, type Locale } from "./i18n/locales";

/**
 * Title, description, canonical URL and hreflang alternates for a page that exists at `/{locale}{path}`.
 * `available` lists the locales where the page has its own text (all by default).
 */
export function pageMetadata(options: {
  locale: Locale;
  path: string;
  title?: string;
  description?: string;
  available?: readonly Locale[];
  /** For a page showing text not yet translated into its locale. */
  noindex?: boolean;
}): Metadata {
  const { locale, path, title, description } = options;
  const available = options.available ?? locales;
  const t = getDictionary(locale);
  const languages: Record<string, string> = {};
  for (const l of available) languages[l] = `/${l}${path}`;
  if (available.includes(defaultLocale)) languages["x-default"] = `/${defaultLocale}${path}`;
  return {
    title: title ? `${title} | ${t.site.name}` : t.site.name,
    description: description ?? t.site.tagline,
    alternates: { canonical: `/${locale}${path}`, languages },
    ...(options.noindex ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      title: title ?? t.site.name,
      description: description ?? t.site.tagline,
      locale: locale === "ja" ? "ja_JP" : "en_US",
      type: "website",
      siteName: t.site.name,
    },
  };
}
