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

/** A JSON file served by a prerendered route handler, optionally offered as a download. */
export function jsonFileResponse(body: string, downloadName?: string): Response {
  return new Response(body, {
    headers: { "Content-Type": "application/json; charset=utf-8", ...(downloadName ? { "Content-Disposition": `attachment; filename="${downloadName}"` } : {}) },
  });
}
