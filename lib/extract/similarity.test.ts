import { describe, expect, it } from "vitest";
import { editDistance, givenNamesCompatible, phoneticKey, surnamesMatch } from "./similarity";

describe("name similarity", () => {
  it("computes edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("maps transliteration confusions to one sound key", () => {
    expect(phoneticKey("Petrov")).toBe(phoneticKey("Petroff"));
    expect(phoneticKey("Wolkov")).toBe(phoneticKey("Volkov"));
  });

  it("matches machine-translation variants of one surname", () => {
    expect(surnamesMatch("Sokoloff", "Sokolov")).toBe(true);
    expect(surnamesMatch("Andrejev", "Andreev")).toBe(true);
    expect(surnamesMatch("Baranlov", "Baranrov")).toBe(true);
  });

  it("keeps different surnames apart", () => {
    expect(surnamesMatch("Brown", "Baron")).toBe(false);
    expect(surnamesMatch("Li", "Lin")).toBe(false);
    expect(surnamesMatch("Petrova", "Petrenko")).toBe(false);
  });

  it("checks given names: same, initial, close spelling; not different names", () => {
    expect(givenNamesCompatible("Mikhail", "M")).toBe(true);
    expect(givenNamesCompatible("Aleksandr", "Alexandr")).toBe(true);
    expect(givenNamesCompatible("Viktor", "Olga")).toBe(false);
    expect(givenNamesCompatible("Anna", undefined)).toBe(true);
  });
});
