import Link from "next/link";
import type { ReactNode } from "react";
import type { Service, Term } from "@/lib/content/schemas";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";

/** Link to a catalogue entry by id, showing its name in the reader's language. */
export function ServiceLink({ service, locale, children }: { service: Service; locale: Locale; children?: ReactNode }) {
  const retired = service.status.state !== "available";
  return (
    <Link href={routes.service(locale, service.id)} className="service-link">
      {children ?? service.name[locale]}
      {retired ? <span className="sr-only"> ({locale === "ja" ? "提供終了・変更あり" : "retired or changed"})</span> : null}
    </Link>
  );
}

/**
 * Link to a glossary term. Its one-line definition appears on hover and on keyboard focus, and is
 * tied to the link with aria-describedby so screen readers announce it too.
 */
export function TermLink({ term, locale, children, instance }: { term: Term; locale: Locale; children?: ReactNode; instance: string }) {
  const cardId = `term-card-${instance}`;
  return (
    <span className="term-link relative inline">
      <Link href={routes.term(locale, term.id)} aria-describedby={cardId} className="underline decoration-dotted underline-offset-4">
        {children ?? term[locale].name}
      </Link>
      <span
        id={cardId}
        role="tooltip"
        className="term-card absolute left-0 top-full z-20 mt-1 block w-72 max-w-[80vw] rounded-md border border-border bg-bg p-3 text-sm leading-relaxed text-fg shadow-lg"
      >
        <span className="block font-bold">{term[locale].name}</span>
        <span className="block">{term[locale].short}</span>
      </span>
    </span>
  );
}

export function LessonLinkView({ href, children }: { href: string; children: ReactNode }) {
  return <Link href={href}>{children}</Link>;
}
