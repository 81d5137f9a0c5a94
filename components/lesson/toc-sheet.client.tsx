"use client";

import { useRef, type ReactNode } from "react";

/**
 * Below lg: an "On this page" button that stays at the bottom of the window while the lesson is on screen and
 * opens the table of contents in a modal sheet. Choosing a section closes the sheet and jumps there.
 */
export function TocSheet({ label, close, children }: { label: string; close: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <div className="no-print pointer-events-none sticky bottom-4 z-20 mt-8 flex justify-end lg:hidden">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-haspopup="dialog"
        data-testid="toc-button"
        className="pointer-events-auto inline-flex h-11 items-center gap-2 rounded-full border border-accent bg-accent px-4 text-sm font-bold text-accent-fg shadow-lg"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01" />
        </svg>
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-label={label}
        onClick={(event) => {
          // A section link, or the backdrop, closes the sheet; the link's own jump then happens.
          if (event.target === dialog.current || (event.target instanceof Element && event.target.closest("a"))) dialog.current?.close();
        }}
        className="pointer-events-auto mb-0 mt-auto max-h-[80vh] w-full max-w-none rounded-t-xl border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/50"
      >
        <div className="sticky top-0 flex justify-end border-b border-border bg-bg px-4 py-2">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-3 py-2 text-sm hover:bg-surface">
            {close}
          </button>
        </div>
        <div className="px-4 pb-6 pt-2">{children}</div>
      </dialog>
    </div>
  );
}
