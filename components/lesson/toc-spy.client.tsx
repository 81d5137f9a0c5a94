"use client";

import { useEffect } from "react";
import { currentHeadingInPage } from "@/lib/ui/reading-position";

/** Marks the table-of-contents links of the section being read with aria-current="location". */
export function TocSpy() {
  useEffect(() => {
    let frame = 0;
    let current: string | undefined;
    const update = () => {
      frame = 0;
      const id = currentHeadingInPage();
      if (id === current) return;
      current = id;
      for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-toc-link]")) {
        if (id !== undefined && link.hash === `#${id}`) link.setAttribute("aria-current", "location");
        else link.removeAttribute("aria-current");
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
    };
  }, []);
  return null;
}
