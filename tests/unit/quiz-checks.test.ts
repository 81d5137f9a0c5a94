import { describe, expect, it } from "vitest";
import { bool, dateTime, int, list, literal, object, oneOf, record, str, validate } from "@/lib/quiz/checks";
import { checkProgress, emptyProgress } from "@/lib/quiz/progress";

const entry = object({ n: int(0), at: dateTime }, { tag: oneOf(["a", "b"]) }, { test: (e) => e.n < 10, reason: "n must stay under 10" });
const doc = object({ version: literal(3), items: record(entry), flags: list(bool, 2), id: str(/^[a-z]+$/) });
const good = { version: 3, items: { x: { n: 1, at: "2026-12-07T10:00:00Z" } }, flags: [true], id: "abc" };

describe("stored-data checks", () => {
  it("accept good data, leaving absent optional fields out", () => {
    const result = validate(doc, good);
    expect(result).toEqual({ ok: true, value: good });
    expect(result.ok && "tag" in (result.value.items.x ?? {})).toBe(false);
  });

  it.each([
    ["a wrong version", { ...good, version: 2 }, "version: must be 3"],
    ["a negative count", { ...good, items: { x: { n: -1, at: "2026-12-07T10:00:00Z" } } }, "items.x.n: must be a whole number ≥ 0"],
    ["a broken date", { ...good, items: { x: { n: 1, at: "soon" } } }, "items.x.at: is not a date-time"],
    ["an unknown field", { ...good, extra: 1 }, "extra: is not a known field"],
    ["an unknown optional value", { ...good, items: { x: { n: 1, at: "2026-12-07T10:00:00Z", tag: "c" } } }, "items.x.tag: must be one of a, b"],
    ["a failed rule", { ...good, items: { x: { n: 12, at: "2026-12-07T10:00:00Z" } } }, "items.x: n must stay under 10"],
    ["too many entries", { ...good, flags: [true, false, true] }, "flags: has more than 2 entries"],
    ["a text of the wrong form", { ...good, id: "ABC" }, "id: has an unexpected form"],
    ["not an object", [], "(file): must be an object"],
  ])("refuse %s, naming the field", (_name, data, message) => {
    expect(validate(doc, data)).toEqual({ ok: false, error: message });
  });

  it("check a whole progress file the same way", () => {
    expect(checkProgress(emptyProgress()).ok).toBe(true);
    expect(checkProgress({ ...emptyProgress(), bookmarks: "q1" })).toEqual({ ok: false, error: "bookmarks: must be a list" });
  });
});
