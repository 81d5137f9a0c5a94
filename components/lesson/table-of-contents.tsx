import type { TocEntry } from "@/lib/mdx/remark-lesson";

/** The lesson's ## and ### headings; `toc-spy.client.tsx` marks the section being read. */
export function TableOfContents({ entries, label, id }: { entries: TocEntry[]; label: string; id: string }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby={id} className="text-sm">
      <h2 id={id} className="mb-2 text-xs font-bold uppercase tracking-wide text-muted">
        {label}
      </h2>
      <ol className="space-y-1.5 border-l border-border">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? "pl-6" : "pl-3"}>
            <a
              href={`#${entry.id}`}
              data-toc-link=""
              className="block border-l-2 border-transparent py-0.5 pl-2 text-fg no-underline hover:text-accent hover:underline aria-[current=location]:border-accent aria-[current=location]:font-bold aria-[current=location]:text-accent"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
