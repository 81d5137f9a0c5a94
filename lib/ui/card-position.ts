export interface Box {
  top: number;
  bottom: number;
  left: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  placement: "below" | "above";
}

/**
 * Where a card opened from an anchor goes, in viewport coordinates: under the anchor, flipped above it when it
 * would run past the bottom of the window and there is more room above, and moved sideways to stay inside.
 * It touches the anchor (no gap), so the pointer can move from the anchor onto the card.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
): CardPlacement {
  const maxLeft = viewport.width - card.width - margin;
  const left = Math.max(margin, Math.min(anchor.left, maxLeft));
  const roomBelow = viewport.height - anchor.bottom - margin;
  const roomAbove = anchor.top - margin;
  const above = card.height > roomBelow && roomAbove > roomBelow;
  return above ? { left, top: anchor.top - card.height, placement: "above" } : { left, top: anchor.bottom, placement: "below" };
}
