import { describe, expect, it } from "vitest";
import { segmentText, type Span } from "./highlight-spans";

const mention = (start: number, end: number, ref = "e"): Span => ({
  start,
  end,
  kind: "mention",
  ref,
  label: ref,
});
const evidence = (start: number, end: number): Span => ({
  start,
  end,
  kind: "evidence",
  ref: "r",
  label: "r",
});

describe("segmentText", () => {
  it("cuts at span edges and lists the spans covering each piece", () => {
    const segments = segmentText("Witkoff met Dmitriev. Later.", [
      evidence(0, 21),
      mention(0, 7, "a"),
      mention(12, 20, "b"),
    ]);
    expect(segments.map((s) => [s.text, s.spans.map((x) => x.ref).join("+")])).toEqual([
      ["Witkoff", "r+a"],
      [" met ", "r"],
      ["Dmitriev", "r+b"],
      [".", "r"],
      [" Later.", ""],
    ]);
  });

  it("clips spans outside the text and ignores empty ones", () => {
    const segments = segmentText("abc", [mention(2, 10), mention(1, 1)]);
    expect(segments.map((s) => [s.text, s.spans.length])).toEqual([
      ["ab", 0],
      ["c", 1],
    ]);
  });

  it("keeps the whole text, in order, whatever the spans", () => {
    const text = "The envoy met the minister in Riyadh.";
    const segments = segmentText(text, [
      mention(4, 9),
      evidence(0, 37),
      mention(18, 26),
      mention(30, 36),
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});
