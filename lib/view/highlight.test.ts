import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightNames } from "./highlight";

describe("highlightNames", () => {
  it("marks names and aliases as whole words, longest first", () => {
    const segments = highlightNames("Witkoff met Kirill Dmitriev; Dmitriev smiled.", [
      "Kirill Dmitriev",
      "Dmitriev",
      "Witkoff",
    ]);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual([
      "Witkoff",
      "Kirill Dmitriev",
      "Dmitriev",
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(
      "Witkoff met Kirill Dmitriev; Dmitriev smiled.",
    );
  });

  it("does not mark inside other words and treats regex characters literally", () => {
    expect(highlightNames("Putinism is not Putin.", ["Putin"]).filter((s) => s.mark)).toHaveLength(
      1,
    );
    expect(
      highlightNames("The U.S. envoy", ["U.S."])
        .filter((s) => s.mark)
        .map((s) => s.text),
    ).toEqual(["U.S."]);
  });

  it("always gives back the whole sentence", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 5 }), (sentence, names) => {
        expect(
          highlightNames(sentence, names)
            .map((s) => s.text)
            .join(""),
        ).toBe(sentence);
      }),
    );
  });
});
