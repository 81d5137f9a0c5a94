"use client";

import { usePathname, useRouter } from "next/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/routes";

/** Links to this same page in the other language, keeping the query and the section (#anchor). */
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
        router.push(`${href}${window.location.search}${window.location.hash}`);
      }}
      className="inline-flex h-9 shrink-0 items-center whitespace-nowrap rounded-md border border-border px-2 text-sm sm:px-3 font-medium text-fg no-underline hover:bg-surface"
    >
      {text}
    </a>
  );
}
