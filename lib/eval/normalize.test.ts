import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeSurface, surfaceForms } from "./normalize";

describe("normalizeSurface", () => {
  it.each([
    ["Zoë Ångström", "zoe angstrom"],
    ["MARTA  VELLANI", "marta vellani"],
    ["Vellani's", "vellani"],
    ["Vellani’s office", "vellani office"],
    ["St.-Oranje (North)", "st oranje north"],
    ["U.N.", "u n"],
    ["  Dax   Morrow ", "dax morrow"],
    ["ﬁnland", "finland"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeSurface(input)).toBe(expected);
  });

  it.each([
    ["President Ilse Varnhold", "ilse varnhold"],
    ["Prime Minister Tomas Ekdahl", "tomas ekdahl"],
    ["Foreign Minister Ruta Okafor", "ruta okafor"],
    ["Mr. Okafor", "okafor"],
    ["Dr Okafor", "okafor"],
    ["Gen. Brannock", "brannock"],
    ["Sen. Hale", "hale"],
    ["Secretary-General Pia Lund", "pia lund"],
    ["Sheikh Karim al-Nadir", "karim al nadir"],
    ["King Aldo", "aldo"],
    ["Ambassador Lee", "lee"],
    ["Envoy Brask", "brask"],
  ])("drops the leading title: %s → %s", (input, expected) => {
    expect(normalizeSurface(input)).toBe(expected);
  });

  it("drops only one title", () => {
    expect(normalizeSurface("President Dr. Ilse Varnhold")).toBe("dr ilse varnhold");
  });

  it("keeps a title that is the whole name", () => {
    expect(normalizeSurface("President")).toBe("president");
    expect(normalizeSurface("Prime Minister")).toBe("prime minister");
  });

  it("keeps titles that are not leading, and words that only start like one", () => {
    expect(normalizeSurface("Ilse Varnhold, President")).toBe("ilse varnhold president");
    expect(normalizeSurface("Kingsley Amadi")).toBe("kingsley amadi");
    expect(normalizeSurface("General Assembly")).toBe("general assembly");
  });

  it("never leaves outer or double spaces or upper case", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = normalizeSurface(s);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/ {2}/);
        expect(once).toBe(once.toLowerCase());
      }),
    );
  });
});

describe("surfaceForms", () => {
  it("normalises name and aliases into one set without empties", () => {
    const forms = surfaceForms({
      name: "Ilse Varnhold",
      aliases: ["President Varnhold", "Varnhold", "…"],
    });
    expect([...forms]).toEqual(["ilse varnhold", "varnhold"]);
  });
});
