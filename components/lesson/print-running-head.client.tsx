"use client";

import { useSyncExternalStore } from "react";
import { runningHeadCss } from "@/lib/print";

const subscribe = () => () => {};

/**
 * The lesson's title and address at the top of every printed sheet. The server knows the path (and the origin
 * only with SITE_URL); in the browser the address is the one actually open.
 */
export function PrintRunningHead({ title, url }: { title: string; url: string }) {
  const href = useSyncExternalStore(
    subscribe,
    () => `${window.location.origin}${window.location.pathname}`,
    () => url,
  );
  return <style>{runningHeadCss(title, href)}</style>;
}
