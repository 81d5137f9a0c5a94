"use client";

import { useEffect } from "react";
import { placeCard } from "@/lib/ui/card-position";

const LINK = "[data-term-link]";
const CLOSE_DELAY_MS = 300;

/**
 * Shows the term cards of the page (WCAG 1.4.13): on hover and keyboard focus, one at a time; the pointer can
 * move onto the card; Escape hides it without moving focus or the pointer; it stays until then. On touch the
 * first tap on a term opens its card (with a link to the glossary entry) and a second tap follows the link.
 * One listener set for the whole page, so term links stay server-rendered.
 */
export function TermCards() {
  useEffect(() => {
    let open: HTMLElement | null = null;
    let dismissed: HTMLElement | null = null;
    let closeTimer: ReturnType<typeof setTimeout> | undefined;
    let pointerType = "mouse";
    let openAtPointerDown = false;
    let frame = 0;

    const wrapperOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(LINK) : null);
    const cardOf = (wrapper: HTMLElement) => wrapper.querySelector<HTMLElement>("[data-term-card]");

    const place = () => {
      frame = 0;
      if (!open) return;
      const card = cardOf(open);
      const anchor = open.querySelector("a");
      if (!card || !anchor) return;
      // A term wrapped over two lines: anchor the card to the line the term starts on.
      const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
      const root = document.documentElement;
      const spot = placeCard(rect, { width: card.offsetWidth, height: card.offsetHeight }, { width: root.clientWidth, height: window.innerHeight });
      card.style.left = `${spot.left}px`;
      card.style.top = `${spot.top}px`;
      card.dataset.placement = spot.placement;
    };
    const schedulePlace = () => {
      if (open && !frame) frame = requestAnimationFrame(place);
    };

    const hide = (wrapper: HTMLElement | null = open) => {
      if (!wrapper) return;
      delete wrapper.dataset.open;
      if (open === wrapper) open = null;
    };
    const show = (wrapper: HTMLElement) => {
      clearTimeout(closeTimer);
      if (open === wrapper) return;
      hide();
      open = wrapper;
      wrapper.dataset.open = "";
      place();
    };
    const hideLater = (wrapper: HTMLElement) => {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => {
        if (!wrapper.contains(document.activeElement)) hide(wrapper);
      }, CLOSE_DELAY_MS);
    };

    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType === "touch") return;
      const wrapper = wrapperOf(event.target);
      if (wrapper && wrapper !== dismissed) show(wrapper);
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType === "touch") return;
      const wrapper = wrapperOf(event.target);
      if (!wrapper || wrapper.contains(event.relatedTarget as Node | null)) return;
      if (wrapper === dismissed) dismissed = null;
      if (wrapper === open) hideLater(wrapper);
    };
    const onFocusIn = (event: FocusEvent) => {
      const wrapper = wrapperOf(event.target);
      if (wrapper && wrapper !== dismissed) show(wrapper);
    };
    const onFocusOut = (event: FocusEvent) => {
      const wrapper = wrapperOf(event.target);
      if (!wrapper || wrapper.contains(event.relatedTarget as Node | null)) return;
      if (wrapper === dismissed) dismissed = null;
      if (wrapper === open && !wrapper.matches(":hover")) hide(wrapper);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !open) return;
      dismissed = open;
      hide();
    };
    const onPointerDown = (event: PointerEvent) => {
      pointerType = event.pointerType;
      const wrapper = wrapperOf(event.target);
      openAtPointerDown = wrapper !== null && wrapper === open;
      if (open && wrapper !== open) hide();
    };
    const onClick = (event: MouseEvent) => {
      const wrapper = wrapperOf(event.target);
      if (!wrapper || pointerType !== "touch") return;
      const termLink = wrapper.querySelector("a");
      if (event.target instanceof Node && termLink?.contains(event.target) && !openAtPointerDown) {
        // First tap: preview instead of leaving the lesson. The card's own link goes to the entry.
        event.preventDefault();
        dismissed = null;
        show(wrapper);
      }
    };

    document.addEventListener("pointerover", onPointerOver);
    document.addEventListener("pointerout", onPointerOut);
    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", onFocusOut);
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown, true);
    document.addEventListener("click", onClick, true);
    window.addEventListener("scroll", schedulePlace, { passive: true });
    window.addEventListener("resize", schedulePlace);
    return () => {
      clearTimeout(closeTimer);
      cancelAnimationFrame(frame);
      hide();
      document.removeEventListener("pointerover", onPointerOver);
      document.removeEventListener("pointerout", onPointerOut);
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", onFocusOut);
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown, true);
      document.removeEventListener("click", onClick, true);
      window.removeEventListener("scroll", schedulePlace);
      window.removeEventListener("resize", schedulePlace);
    };
  }, []);
  return null;
}
