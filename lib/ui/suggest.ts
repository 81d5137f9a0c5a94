/**
 * "Did you mean": pages whose address is close to the one that was not found, by the last part of the path (a
 * mistyped slug such as /ja/lessons/ml-stak, or a right slug under the wrong section).
 */
import { editDistance } from "@/lib/search/edit-distance";

export interface Suggestion {
  href: string;
  title: string;
}

function segments(path: string): string[] {
  return (path.split(/[?#]/)[0]?.split("/").filter(Boolean) ?? []).map((p) => decodeURIComponent(p).toLowerCase());
}

function lastSegment(path: string): string {
  return segments(path).at(-1) ?? "";
}

/** The section of a path: "lessons" in /ja/lessons/ml-stack. */
function section(path: string): string {
  return segments(path)[1] ?? "";
}

/**
 * Up to `max` pages, closest first: the same slug elsewhere, then one or two typos away, then a slug containing it;
 * at equal distance, pages in the section the address named first.
 */
export function suggest(path: string, pages: readonly Suggestion[], max = 3): Suggestion[] {
  const wanted = lastSegment(path);
  const place = section(path);
  if (wanted.length < 3) return [];
  const scored = pages.flatMap((page) => {
    const slug = lastSegment(page.href);
    if (page.href === path) return [];
    // Among equally close pages, those in the section the address named come first.
    const elsewhere = section(page.href) === place ? 0 : 0.5;
    if (slug === wanted) return [{ page, score: elsewhere }];
    const d = editDistance(slug, wanted, 2);
    if (d <= (wanted.length >= 8 ? 2 : 1)) return [{ page, score: d + elsewhere }];
    if (wanted.length >= 4 && (slug.includes(wanted) || wanted.includes(slug))) return [{ page, score: 3 + elsewhere + Math.abs(slug.length - wanted.length) / 100 }];
    return [];
  });
  return scored
    .sort((a, b) => a.score - b.score || a.page.href.localeCompare(b.page.href))
    .slice(0, max)
    .map((s) => s.page);
}
