"use client";

import { useParams } from "next/navigation";
import { isLocale } from "@/lib/i18n/locales";
import { NotFoundView } from "./not-found-view";

/** not-found pages get no params, so the locale is read from the URL here. */
export function LocaleNotFound() {
  const params = useParams<{ locale?: string }>();
  return <NotFoundView locale={isLocale(params.locale) ? params.locale : undefined} />;
}
