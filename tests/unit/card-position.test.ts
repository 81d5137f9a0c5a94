import { describe, expect, it } from "vitest";
import { placeCard } from "@/lib/ui/card-position";

const viewport = { width: 390, height: 844 };
const card = { width: 288, height: 120 };

describe("term card placement", () => {
  it("opens under the term, touching it, when there is room", () => {
    expect(placeCard({ top: 100, bottom: 124, left: 40 }, card, viewport)).toEqual({ left: 40, top: 124, placement: "below" });
  });

  it("flips above the term near the bottom of the window", () => {
    expect(placeCard({ top: 780, bottom: 804, left: 40 }, card, viewport)).toEqual({ left: 40, top: 660, placement: "above" });
  });

  it("stays under the term when there is no more room above than below", () => {
    expect(placeCard({ top: 60, bottom: 84, left: 40 }, { width: 288, height: 900 }, viewport).placement).toBe("below");
  });

  it("moves left to stay inside the window, and never past its left edge", () => {
    expect(placeCard({ top: 100, bottom: 124, left: 300 }, card, viewport).left).toBe(390 - 288 - 8);
    expect(placeCard({ top: 100, bottom: 124, left: -20 }, card, viewport).left).toBe(8);
    expect(placeCard({ top: 100, bottom: 124, left: 100 }, { width: 400, height: 100 }, { width: 320, height: 600 }).left).toBe(8);
  });
});
