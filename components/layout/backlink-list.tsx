import Link from "next/link";
import type { BacklinkItem } from "@/lib/content/backlink-view";

/** Links to the places that link here: lesson sections, terms, services and quiz questions. */
export function BacklinkList({ items, empty }: { items: BacklinkItem[]; empty: string }) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href}>{item.label}</Link>
          {item.context ? <span className="text-muted"> — {item.context}</span> : null}
        </li>
      ))}
    </ul>
  );
}
