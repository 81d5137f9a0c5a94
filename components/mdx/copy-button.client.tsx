"use client";

import { useRef, useState } from "react";

interface CopyButtonProps {
  label: string;
  copy: string;
  copied: string;
}

/** Copies the text of the code block it sits in. */
export function CopyButton({ label, copy, copied }: CopyButtonProps) {
  const [done, setDone] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  const onClick = async () => {
    const code = ref.current?.closest("[data-code-block]")?.querySelector("pre")?.innerText ?? "";
    try {
      await navigator.clipboard.writeText(code);
      setDone(true);
      window.setTimeout(() => setDone(false), 2000);
    } catch {
      setDone(false);
    }
  };
  return (
    <button
      ref={ref}
      type="button"
      onClick={onClick}
      aria-label={label}
      className="no-print absolute right-2 top-2 rounded border border-border bg-bg px-2 py-0.5 text-xs text-fg hover:bg-surface"
    >
      <span aria-live="polite">{done ? copied : copy}</span>
    </button>
  );
}
