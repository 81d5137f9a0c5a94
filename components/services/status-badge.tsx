import type { CalloutType } from "@/components/mdx/callout";
import { lifecycleLabels, type LifecycleState } from "@/lib/content/taxonomy";
import type { Locale } from "@/lib/i18n/locales";

/** One colour per lifecycle state, used by the badge, the inline mark in lessons and the service page's status box. */
export const statusTone: Record<LifecycleState, { className: string; callout: CalloutType }> = {
  available: { className: "border-border text-muted", callout: "note" },
  "closed-to-new-customers": { className: "border-warn text-warn", callout: "warning" },
  "end-of-support": { className: "border-retired text-retired", callout: "retired" },
  renamed: { className: "border-note text-note", callout: "note" },
};

export function StatusBadge({ state, locale }: { state: LifecycleState; locale: Locale }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-bold ${statusTone[state].className}`} data-status={state}>
      {lifecycleLabels[state][locale]}
    </span>
  );
}

/** A small visible mark after a link to a service that is closed, retired or renamed. */
export function StatusMark({ state, locale }: { state: LifecycleState; locale: Locale }) {
  return (
    <>
      {" "}
      <span
        className={`status-mark inline-block rounded border px-1 align-baseline text-[0.75em] font-bold leading-normal ${statusTone[state].className}`}
        data-status={state}
      >
        {lifecycleLabels[state][locale]}
      </span>
    </>
  );
}
