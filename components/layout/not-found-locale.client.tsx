"use client";

import { useEffect } from "react";
import { isLocale } from "@/lib/i18n/locales";

/**
 * The bilingual 404 (also the single 404.html of a static export) narrows itself to the language of
 * the requested URL: /en/... shows English only and sets <html lang="en">.
 */
export function NotFoundLocale() {
  useEffect(() => {
    const first = window.location.pathname.split("/")[1];
    if (!isLocale(first)) return;
    document.documentElement.lang = first;
    for (const section of document.querySelectorAll<HTMLElement>("[data-not-found-locale]")) {
      const mine = section.dataset.notFoundLocale === first;
      section.hidden = !mine;
      const heading = section.querySelector("h1, h2");
      if (mine && heading) {
        document.title = `404 | ${heading.textContent ?? ""}`;
      }
    }
  }, []);
  return null;
}
