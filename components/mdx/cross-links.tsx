import Link from "next/link";
import type { ReactNode } from "react";
import type { Service, Term } from "@/lib/content/schemas";
import { getDictionary } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { routes } from "@/lib/routes";
import { StatusMark } from "@/components/services/status-badge";

/**
 * Link to a catalogue entry by id, showing its name in the reader's language and, for a service closed to new
 * customers or out of support, a visible status mark. A renamed service already shows its current name.
 */
export function ServiceLink({ service, locale, children }: { service: Service; locale: Locale; children?: ReactNode }) {
  const state = service.status.state;
  return (
    <Link href={routes.service(locale, service.id)} className="service-link">
      {children ?? service.name[locale]}
      {state === "closed-to-new-customers" || state === "end-of-support" ? <StatusMark state={state} locale={locale} /> : null}
    </Link>
  );
}

/**
 * Link to a glossary term, with a card holding its one-line definition. The card is tied to the link with
 * aria-describedby, so screen readers announce the definition; `term-cards.client.tsx` shows it on hover,
 * keyboard focus and (instead of following the link) on a first tap. A closed card takes no space.
 */
export function TermLink({ term, locale, children, instance }: { term: Term; locale: Locale; children?: ReactNode; instance: string }) {
  const t = getDictionary(locale);
  const cardId = `term-card-${instance}`;
  const href = routes.term(locale, term.id);
  return (
    <span className="term-link" data-term-link="">
      <Link href={href} aria-describedby={cardId} className="underline decoration-dotted underline-offset-4">
        {children ?? term[locale].name}
      </Link>
      <span
        className="term-card z-40 w-72 max-w-[calc(100vw-1rem)] rounded-md border border-border bg-bg p-3 text-sm leading-relaxed text-fg shadow-lg"
        data-term-card=""
      >
        <span id={cardId} role="tooltip" className="block">
          <span className="block font-bold">{term[locale].name}</span>
          <span className="block">{term[locale].short}</span>
        </span>
        {/* For touch, where the first tap opens this card; keyboard and mouse users follow the term link itself. */}
        <a href={href} tabIndex={-1} className="mt-2 inline-block font-medium">
          {t.termCard.open} →
        </a>
      </span>
    </span>
  );
}

export function LessonLinkView({ href, children }: { href: string; children: ReactNode }) {
  return <Link href={href}>{children}</Link>;
}
