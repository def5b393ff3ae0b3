import { describe, expect, it } from "vitest";
import { indexGold, mapEntity } from "./entity-map";
import type { GoldEntity } from "./formats";

const gold: GoldEntity[] = [
  { name: "Ilse Varnhold", type: "Person", aliases: ["Varnhold", "Ilse Varnholt"] },
  { name: "Varnhold Group", type: "Organization", aliases: ["Varnhold"] },
  { name: "Oranje", type: "Country", aliases: ["Republic of Oranje"] },
  { name: "Oranje", type: "Place", aliases: [] },
];
const index = indexGold(gold);

describe("mapEntity", () => {
  it("maps to the gold entity sharing most forms", () => {
    expect(mapEntity({ name: "Ilse Varnholt", aliases: ["Varnhold"], type: "Person" }, index)).toBe(
      0,
    );
  });

  it("counts the predicted name double", () => {
    // Shares one alias with each, but its name is the organisation's name.
    expect(
      mapEntity(
        { name: "Varnhold Group", aliases: ["Ilse Varnholt"], type: "Organization" },
        index,
      ),
    ).toBe(1);
  });

  it("breaks ties by exact name match, then by type, then by gold order", () => {
    // "Varnhold" is an alias of both 0 and 1 and the name of neither: tie → type decides.
    expect(mapEntity({ name: "Varnhold", aliases: [], type: "Organization" }, index)).toBe(1);
    expect(mapEntity({ name: "Varnhold", aliases: [], type: "Person" }, index)).toBe(0);
    expect(mapEntity({ name: "Oranje", aliases: [], type: "Place" }, index)).toBe(3);
    expect(mapEntity({ name: "Oranje", aliases: [], type: "Organization" }, index)).toBe(2);
  });

  it("compares normalised forms (title, case, accents)", () => {
    expect(mapEntity({ name: "President ILSE VÁRNHOLD", aliases: [] }, index)).toBe(0);
  });

  it("returns null when nothing is shared", () => {
    expect(mapEntity({ name: "Tomas Ekdahl", aliases: ["Ekdahl"] }, index)).toBeNull();
  });
});
