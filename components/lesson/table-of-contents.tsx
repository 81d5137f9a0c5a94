import type { TocEntry } from "@/lib/mdx/remark-lesson";

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
            <a href={`#${entry.id}`} className="text-fg no-underline hover:text-accent hover:underline">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
