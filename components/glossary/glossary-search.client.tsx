"use client";

import type MiniSearch from "minisearch";
import Link from "next/link";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { SearchDoc } from "@/lib/search/engine";
import { highlight } from "@/lib/search/highlight";

export interface GlossaryEntry {
  id: string;
  name: string;
  /** Reading (ja) or the other language's name, shown small after the name. */
  sub: string;
  short: string;
  href: string;
  /** Index heading this entry starts, if it is the first of its group. */
  anchor?: string;
}

type Engine = typeof import("@/lib/search/engine");

export interface GlossarySearchLabels {
  index: string;
  label: string;
  placeholder: string;
  hint: string;
  /** "{count} terms" and "{count} results for “{query}”" */
  all: string;
  results: string;
  none: string;
  loading: string;
}

function Highlighted({ text, query, terms }: { text: string; query: string; terms: readonly string[] }) {
  if (!query) return <>{text}</>;
  return (
    <>
      {highlight(text, query, terms).map((segment, i) =>
        segment.match ? (
          <mark key={i} className="rounded-sm bg-accent/20 text-fg">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Instant glossary search: ranked results as you type, ?q= in the URL, keyboard and IME friendly. */
export function GlossarySearch({ entries, indexUrl, labels }: { entries: GlossaryEntry[]; indexUrl: string; labels: GlossarySearchLabels }) {
  const anchors = entries.flatMap((e) => (e.anchor ? [e.anchor] : []));
  const [query, setQuery] = useState("");
  const [index, setIndex] = useState<{ engine: Engine; index: MiniSearch<SearchDoc> } | null>(null);
  const loading = useRef<Promise<void> | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  const ensureIndex = useCallback(() => {
    // The engine and the index load on first use, so the page itself stays light.
    loading.current ??= Promise.all([import("@/lib/search/engine"), fetch(indexUrl).then((response) => response.text())])
      .then(([engine, json]) => setIndex({ engine, index: engine.loadIndex(json) }))
      .catch(() => {
        loading.current = null;
      });
    return loading.current;
  }, [indexUrl]);

  // A shared or reloaded link: start from ?q=.
  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    if (q) {
      // The URL is outside React: read it once after hydration (the prerendered page has no query).
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setQuery(q);
      void ensureIndex();
    }
  }, [ensureIndex]);

  const byId = useMemo(() => new Map(entries.map((e) => [e.id, e])), [entries]);
  const trimmed = query.trim();
  const hits = useMemo(() => {
    if (!trimmed || !index) return null;
    return index.engine.search(index.index, trimmed, 100).flatMap((hit) => {
      const id = hit.id.split(":")[1] ?? "";
      const entry = byId.get(id);
      return entry ? [{ entry, terms: hit.terms }] : [];
    });
  }, [trimmed, index, byId]);

  const shown = hits ?? (trimmed ? [] : entries.map((entry) => ({ entry, terms: [] as string[] })));

  const update = (value: string) => {
    setQuery(value);
    void ensureIndex();
    const url = new URL(window.location.href);
    if (value.trim()) url.searchParams.set("q", value);
    else url.searchParams.delete("q");
    window.history.replaceState(window.history.state, "", url);
  };

  const links = () => [...(listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? [])];

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return; // the IME owns the key
    if (event.key === "ArrowDown") {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === "Enter" && trimmed) {
      event.preventDefault();
      links()[0]?.click();
    } else if (event.key === "Escape" && query) {
      event.preventDefault();
      update("");
    }
  };

  const onListKey = (event: KeyboardEvent<HTMLOListElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (at === 0) inputRef.current?.focus();
      else all[at - 1]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      inputRef.current?.focus();
    }
  };

  const status = !trimmed
    ? fill(labels.all, { count: entries.length })
    : hits === null
      ? labels.loading
      : hits.length === 0
        ? fill(labels.none, { query: trimmed })
        : fill(labels.results, { count: hits.length, query: trimmed });

  return (
    <div>
      <div role="search" className="rounded-lg border border-border bg-surface p-4">
        <label htmlFor={`${ids}-q`} className="block font-bold">
          {labels.label}
        </label>
        <input
          ref={inputRef}
          id={`${ids}-q`}
          type="search"
          value={query}
          placeholder={labels.placeholder}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${ids}-hint`}
          aria-controls={`${ids}-results`}
          onFocus={() => void ensureIndex()}
          onChange={(event) => update(event.target.value)}
          onKeyDown={onInputKey}
          data-testid="glossary-search"
          className="mt-2 w-full rounded-md border border-border bg-bg px-3 py-2 text-base text-fg"
        />
        <p id={`${ids}-hint`} className="mt-2 text-sm text-muted">
          {labels.hint}
        </p>
      </div>
      {!trimmed ? (
        <nav aria-label={labels.index} className="mt-4">
          <ul className="flex flex-wrap gap-1">
            {anchors.map((anchor) => (
              <li key={anchor}>
                <a href={`#index-${anchor}`} className="inline-flex h-8 min-w-8 items-center justify-center rounded border border-border px-2 text-sm no-underline hover:bg-surface">
                  {anchor}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p role="status" className="mt-4 text-sm text-muted" data-testid="glossary-status">
        {status}
      </p>
      <ol id={`${ids}-results`} ref={listRef} onKeyDown={onListKey} data-testid="glossary-results" className="mt-3 grid gap-3 md:grid-cols-2">
        {shown.map(({ entry, terms }) => (
          <li key={entry.id} id={!trimmed && entry.anchor ? `index-${entry.anchor}` : undefined}>
            <Link
              href={entry.href}
              data-result=""
              className="block h-full rounded-lg border border-border p-3 no-underline hover:bg-surface focus:bg-surface"
            >
              <span className="font-bold text-fg">
                <Highlighted text={entry.name} query={trimmed} terms={terms} />
              </span>
              <span className="ml-2 text-sm text-muted">
                <Highlighted text={entry.sub} query={trimmed} terms={terms} />
              </span>
              <span className="mt-1 block text-sm text-fg">
                <Highlighted text={entry.short} query={trimmed} terms={terms} />
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
