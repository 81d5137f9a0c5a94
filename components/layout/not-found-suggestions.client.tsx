"use client";

import { useEffect, useState } from "react";
import { suggest, type Suggestion } from "@/lib/ui/suggest";

/** "Did you mean" from the address that was not found, and a search box for the glossary. */
export function NotFoundSuggestions({ pagesUrl, searchUrl, labels }: { pagesUrl: string; searchUrl: string; labels: { didYouMean: string; search: string; searchLabel: string } }) {
  const [found, setFound] = useState<Suggestion[]>([]);
  const [query, setQuery] = useState("");
  useEffect(() => {
    // Start the search box with the last part of the address, words split: "ml-stak" becomes "ml stak".
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setQuery(decodeURIComponent(window.location.pathname.split("/").filter(Boolean).at(-1) ?? "").replace(/[-_]+/g, " "));
  }, []);
  useEffect(() => {
    // The address is only known in the browser, and the page list is fetched only on a real 404: this view is part
    // of every page's payload as the not-found boundary.
    let live = true;
    fetch(pagesUrl)
      .then((r) => (r.ok ? (r.json() as Promise<Suggestion[]>) : []))
      .then((pages) => live && setFound(suggest(window.location.pathname, pages)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pagesUrl]);
  return (
    <div className="mt-6 space-y-4">
      {found.length > 0 ? (
        <div data-testid="did-you-mean">
          <h2 className="font-semibold">{labels.didYouMean}</h2>
          <ul className="mt-1 list-disc pl-6">
            {found.map((p) => (
              <li key={p.href}>
                <a href={p.href}>{p.title}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* A plain form: it works before and without JavaScript, and the glossary search reads ?q=. */}
      <form action={searchUrl} method="get" role="search" className="flex flex-wrap items-center gap-2" data-testid="not-found-search">
        <label className="sr-only" htmlFor={`${searchUrl}-q`}>
          {labels.searchLabel}
        </label>
        <input id={`${searchUrl}-q`} name="q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2" />
        <button type="submit" className="btn btn-secondary">
          {labels.search}
        </button>
      </form>
    </div>
  );
}
