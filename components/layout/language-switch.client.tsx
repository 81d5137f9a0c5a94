"use client";

import { usePathname, useRouter } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/routes";
import { currentHeadingInPage } from "@/lib/ui/reading-position";

/**
 * Links to this same page in the other language, keeping the query and the reader's place: the #anchor when
 * the URL has one, otherwise the section being read (heading ids are the same in both languages).
 */
export function LanguageSwitch({ to, text, label }: { to: Locale; text: string; label: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const href = switchLocalePath(pathname, to);
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      aria-label={label}
      data-testid="language-switch"
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        const section = currentHeadingInPage();
        const hash = window.location.hash || (section ? `#${section}` : "");
        router.push(`${href}${window.location.search}${hash}`);
      }}
      className="inline-flex h-9 shrink-0 items-center whitespace-nowrap rounded-md border border-border px-2 text-sm font-medium text-fg no-underline hover:bg-surface sm:px-3"
    >
      {text}
    </a>
  );
}
