import type { ReactNode } from "react";
import type { Dictionary } from "@/lib/i18n/dictionaries";

export type CalloutType = "note" | "warning" | "retired";

const styles: Record<CalloutType, { border: string; icon: string }> = {
  note: { border: "border-note", icon: "i" },
  warning: { border: "border-warn", icon: "!" },
  retired: { border: "border-retired", icon: "×" },
};
const titleColor: Record<CalloutType, string> = { note: "text-note", warning: "text-warn", retired: "text-retired" };

interface CalloutProps {
  type: CalloutType;
  title?: string;
  children: ReactNode;
  labels: Dictionary["callout"];
}

/** A boxed aside. Its kind is said in words (not only colour) so every reader gets it. */
export function Callout({ type, title, children, labels }: CalloutProps) {
  const style = styles[type] ?? styles.note;
  return (
    <aside className={`my-6 rounded-lg border-l-4 ${style.border} bg-surface px-4 py-3`} aria-label={title ?? labels[type]}>
      <p className={`m-0 flex items-center gap-2 font-bold ${titleColor[type]}`}>
        <span aria-hidden="true" className="inline-flex h-5 w-5 items-center justify-center rounded-full border border-current text-xs">
          {style.icon}
        </span>
        <span>
          <span className="sr-only">{labels[type]}: </span>
          {title ?? labels[type]}
        </span>
      </p>
      <div className="mt-2 [&>*+*]:mt-2">{children}</div>
    </aside>
  );
}
