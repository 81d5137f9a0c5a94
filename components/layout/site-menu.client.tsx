"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * Below the lg breakpoint the site navigation sits behind a disclosure button: aria-expanded tells its state,
 * Escape or a click outside closes it and Escape returns focus to the button. From lg up the panel is inline
 * and the button is hidden.
 */
export function SiteMenu({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const pathname = usePathname();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // Following a link closes the menu: it was opened on another page.
  const shown = open && openedOn === pathname;

  useEffect(() => {
    if (!shown) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [shown]);

  return (
    <div
      ref={root}
      className="flex items-center lg:contents"
      onBlur={(event) => {
        // Tabbing out of the open menu closes it.
        if (shown && !event.currentTarget.contains(event.relatedTarget as Node | null) && event.relatedTarget !== null) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={shown}
        aria-controls={panelId}
        onClick={() => {
          setOpenedOn(pathname);
          setOpen(!shown);
        }}
        data-testid="menu-button"
        className="inline-flex h-9 items-center gap-1.5 rounded-md border border-border px-2 text-sm text-fg hover:bg-surface lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          {shown ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        <span className="sr-only sm:not-sr-only">{label}</span>
      </button>
      <div
        id={panelId}
        data-open={shown ? "" : undefined}
        data-testid="menu-panel"
        className="hidden items-center gap-2 data-open:flex max-lg:absolute max-lg:inset-x-0 max-lg:top-full max-lg:flex-col max-lg:items-stretch max-lg:border-b max-lg:border-border max-lg:bg-bg max-lg:px-4 max-lg:py-3 max-lg:shadow-lg lg:flex"
      >
        {children}
      </div>
    </div>
  );
}
