import { notFound } from "next/navigation";
import { isLocale, locales, type Locale } from "./i18n/locales";

export type LocaleParams = Promise<{ locale: string }>;

/** Every route under /{locale} is prerendered for these. */
export function localeStaticParams(): { locale: Locale }[] {
  return locales.map((locale) => ({ locale }));
}

export async function resolveLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
