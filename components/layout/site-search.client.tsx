"use client";

import type MiniSearch from "minisearch";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Hit, SearchDoc } from "@/lib/search/engine";

type Engine = typeof import("@/lib/search/engine");

export interface SiteSearchLabels {
  button: string;
  shortcut: string;
  title: string;
  label: string;
  placeholder: string;
  close: string;
  empty: string;
  none: string;
  loading: string;
  failed: string;
  retry: string;
  inThisLanguage: string;
  inOtherLanguage: string;
  kinds: Record<SearchDoc["kind"], string>;
  hint: string;
}

/** Site-wide search (Ctrl/⌘-K or the button): lesson sections, services and terms, reader's language first. */
export function SiteSearch({ locale, indexUrl, namesUrl, labels }: { locale: "ja" | "en"; indexUrl: string; namesUrl: string; labels: SiteSearchLabels }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const loading = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<{ engine: Engine; index: MiniSearch<SearchDoc> } | null>(null);
  const [query, setQuery] = useState("");
  const [failed, setFailed] = useState(false);
  // "⌘K" on Apple keyboards, "Ctrl K" elsewhere (the page is static, so this is read in the browser).
  const [shortcut, setShortcut] = useState(labels.shortcut);
  useEffect(() => {
    const platform = `${(navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? ""} ${navigator.platform ?? ""}`;
    // Read once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (/mac|iphone|ipad/i.test(platform)) setShortcut("⌘K");
  }, []);
  const [active, setActive] = useState(0);
  const ids = useId();

  const ensureIndex = useCallback(() => {
    const text = (url: string) =>
      fetch(url).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.text();
      });
    // Two steps: titles, names and summaries first (small, so the first keystrokes get answers at once), then the
    // full text, which replaces it when it arrives.
    loading.current ??= Promise.all([import("@/lib/search/engine"), text(namesUrl)])
      .then(([engine, json]) => {
        setFailed(false);
        setState((s) => s ?? { engine, index: engine.loadIndex(json) });
        return text(indexUrl).then((full) => setState({ engine, index: engine.loadIndex(full) }));
      })
      .catch(() => {
        // Say so, and let the reader try again (a later open or hover also retries).
        loading.current = null;
        setFailed(true);
      });
  }, [indexUrl, namesUrl]);

  const open = useCallback(() => {
    ensureIndex();
    dialog.current?.showModal();
    input.current?.select();
  }, [ensureIndex]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k" && !event.isComposing) {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  const trimmed = query.trim();
  const groups = useMemo(() => {
    if (!state || !trimmed) return null;
    const hits = state.engine.search(state.index, trimmed, 40);
    const mine = hits.filter((h) => h.locale === locale).slice(0, 12);
    const other = hits.filter((h) => h.locale !== locale).slice(0, 6);
    return { mine, other, all: [...mine, ...other] };
  }, [state, trimmed, locale]);

  const go = (hit: Hit | undefined) => {
    if (!hit) return;
    dialog.current?.close();
    router.push(hit.href);
  };

  // Keep the highlighted result in view while moving with the arrow keys.
  useEffect(() => {
    document.getElementById(`${ids}-opt-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [active, ids]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    const count = groups?.all.length ?? 0;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      setActive((a) => (a + 1) % count);
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      setActive((a) => (a - 1 + count) % count);
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(groups?.all[active]);
    }
  };

  const optionId = (i: number) => `${ids}-opt-${i}`;
  const status = !trimmed ? labels.empty : failed && !state ? labels.failed : !groups ? labels.loading : groups.all.length === 0 ? labels.none.replace("{query}", trimmed) : "";

  return (
    <>
      <button
        type="button"
        onClick={open}
        onMouseEnter={ensureIndex}
        aria-keyshortcuts="Control+K Meta+K"
        data-testid="site-search-button"
        className="inline-flex h-9 items-center gap-2 rounded-md border border-border px-2 text-sm text-fg hover:bg-surface sm:px-3"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="sr-only sm:not-sr-only">{labels.button}</span>
        <kbd className="hidden rounded border border-border px-1 text-xs text-muted sm:inline">{shortcut}</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${ids}-title`}
        onClose={() => setActive(0)}
        onClick={(event) => {
          if (event.target === dialog.current) dialog.current?.close();
        }}
        className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/50"
      >
        <div className="flex items-center justify-between border-b border-border px-4 py-3">
          <h2 id={`${ids}-title`} className="font-bold">
            {labels.title}
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded px-2 py-1 text-sm hover:bg-surface">
            {labels.close}
          </button>
        </div>
        <div className="p-4">
          <input
            ref={input}
            type="search"
            role="combobox"
            aria-label={labels.label}
            aria-expanded={Boolean(groups && groups.all.length > 0)}
            aria-controls={`${ids}-list`}
            aria-activedescendant={groups && groups.all.length > 0 ? optionId(active) : undefined}
            aria-autocomplete="list"
            placeholder={labels.placeholder}
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
            data-testid="site-search-input"
            className="w-full rounded-md border border-border bg-bg px-3 py-2 text-base"
          />
          <p className="mt-2 text-xs text-muted">{labels.hint}</p>
          <p role="status" className="mt-2 text-sm text-muted" data-testid="site-search-status">
            {status}
          </p>
          {failed && !state ? (
            <button type="button" className="btn btn-secondary mt-1" onClick={ensureIndex} data-testid="site-search-retry">
              {labels.retry}
            </button>
          ) : null}
          <ul id={`${ids}-list`} role="listbox" aria-label={labels.label} className="mt-1 max-h-[50vh] overflow-y-auto" data-testid="site-search-results">
            {groups ? (
              <>
                <ResultGroup title={labels.inThisLanguage} hits={groups.mine} offset={0} active={active} optionId={optionId} kinds={labels.kinds} onHover={setActive} onPick={go} />
                <ResultGroup title={labels.inOtherLanguage} hits={groups.other} offset={groups.mine.length} active={active} optionId={optionId} kinds={labels.kinds} onHover={setActive} onPick={go} />
              </>
            ) : null}
          </ul>
        </div>
      </dialog>
    </>
  );
}

interface ResultGroupProps {
  title: string;
  hits: Hit[];
  offset: number;
  active: number;
  optionId: (i: number) => string;
  kinds: SiteSearchLabels["kinds"];
  onHover: (i: number) => void;
  onPick: (hit: Hit) => void;
}

function ResultGroup({ title, hits, offset, active, optionId, kinds, onHover, onPick }: ResultGroupProps) {
  if (hits.length === 0) return null;
  return (
    <li role="presentation">
      <p className="px-3 pt-3 text-xs font-bold uppercase tracking-wide text-muted" aria-hidden="true">
        {title}
      </p>
      <ul role="group" aria-label={title}>
        {hits.map((hit, i) => (
          <li key={hit.id} role="presentation">
            {/* A real link, so open-in-new-tab and copy-link work; a plain click stays in the app. */}
            <a
              href={hit.href}
              id={optionId(offset + i)}
              role="option"
              aria-selected={active === offset + i}
              tabIndex={-1}
              lang={hit.locale}
              onMouseMove={() => onHover(offset + i)}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                event.preventDefault();
                onPick(hit);
              }}
              className={`block cursor-pointer rounded-md px-3 py-2 text-fg no-underline ${active === offset + i ? "bg-surface outline outline-2 outline-accent" : ""}`}
            >
              <span className="mr-2 rounded border border-border px-1.5 text-xs text-muted">{kinds[hit.kind]}</span>
              <span className="font-bold">{hit.title}</span>
              {hit.context ? <span className="ml-2 text-sm text-muted">{hit.context}</span> : null}
              <span className="mt-0.5 block truncate text-sm text-muted">{hit.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </li>
  );
}
