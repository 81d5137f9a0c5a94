import type { Locale } from "@/lib/i18n/locales";
import { lifecycleLabels, type LifecycleState } from "@/lib/content/taxonomy";

const tone: Record<LifecycleState, string> = {
  available: "border-border text-muted",
  "closed-to-new-customers": "border-warn text-warn",
  "end-of-support": "border-retired text-retired",
  renamed: "border-note text-note",
};

export function StatusBadge({ state, locale }: { state: LifecycleState; locale: Locale }) {
  return (
    <span className={`inline-block rounded-full border px-2 py-0.5 text-xs font-bold ${tone[state]}`} data-status={state}>
      {lifecycleLabels[state][locale]}
    </span>
  );
}
