import { describe, expect, it } from "vitest";
import { entityId } from "@/lib/schema/ids";
import {
  matchStrength,
  nameKey,
  pairKey,
  resolveBatch,
  type BatchEntity,
  type KnownEntity,
} from "./resolve-names";

const person = (name: string, aliases: string[] = []) => ({
  id: entityId("Person", name),
  type: "Person",
  name,
  aliases,
});
const known = (name: string, weight = 1, aliases: string[] = [], type = "Person"): KnownEntity => ({
  id: entityId(type as "Person", name),
  type,
  name,
  aliases,
  weight,
});
const extracted = (
  name: string,
  document = 0,
  weight = 1,
  aliases: string[] = [],
  type = "Person",
): BatchEntity => ({
  id: entityId(type as "Person", name),
  type,
  name,
  aliases,
  document,
  weight,
});
const target = (map: Map<string, { id: string }>, name: string, type = "Person") =>
  map.get(entityId(type as "Person", name))?.id ?? entityId(type as "Person", name);

describe("nameKey", () => {
  it("folds accents, case, punctuation and a leading 'the'", () => {
    expect(nameKey("The  Kremlin")).toBe("kremlin");
    expect(nameKey("Sergueï Lavrov")).toBe("serguei lavrov");
    expect(nameKey("U.S. Treasury")).toBe("u s treasury");
  });
});

describe("matchStrength", () => {
  it("matches machine-translation variants of one person", () => {
    expect(matchStrength(person("Kirill Dmitriyev"), person("Kirill Dmitriev"))).toBe("strong");
    expect(matchStrength(person("Kiril Dmitriev"), person("Kirill Dmitriev"))).toBe("strong");
    expect(matchStrength(person("Steve Witkov"), person("Steve Witkoff"))).toBe("strong");
    expect(matchStrength(person("Kirill Dmitliff"), person("Kirill Dmitriev"))).toBe("strong");
  });

  it("keeps people who share a surname or an initial apart", () => {
    expect(matchStrength(person("Anna Petrova"), person("Olga Petrova"))).toBeNull();
    expect(matchStrength(person("Alexei Petrov"), person("Andrei Petrov"))).toBeNull();
    // Shared bare-surname aliases are not a name to match on.
    expect(
      matchStrength(person("Anna Petrova", ["Petrova"]), person("Olga Petrova", ["Petrova"])),
    ).toBeNull();
  });

  it("never matches across types", () => {
    const org = { id: "organization:petrova", type: "Organization", name: "Petrova", aliases: [] };
    expect(matchStrength(person("Petrova"), org)).toBeNull();
    expect(
      matchStrength({ ...org, name: "Kirill Dmitriev" }, person("Kirill Dmitriev")),
    ).toBeNull();
  });

  it("matches an exact alias", () => {
    expect(
      matchStrength(person("Kiril Dmitriev"), person("Kirill Dmitriev", ["Kiril Dmitriev"])),
    ).toBe("exact");
    const rdif = {
      id: "organization:rdif",
      type: "Organization",
      name: "Russian Direct Investment Fund",
      aliases: ["RDIF"],
    };
    expect(matchStrength({ ...rdif, id: "organization:x", name: "RDIF", aliases: [] }, rdif)).toBe(
      "exact",
    );
  });
});

describe("resolveBatch", () => {
  it("maps new spellings to the graph's entity, the one with more evidence first", () => {
    const graph = [
      known("Kirill Dmitriev", 15),
      known("Kirill Dmitriyev", 2),
      known("Steve Witkoff", 20),
    ];
    const map = resolveBatch([extracted("Kiril Dmitriev"), extracted("Steve Witkov")], graph);
    expect(target(map, "Kiril Dmitriev")).toBe("person:kirill-dmitriev");
    expect(target(map, "Steve Witkov")).toBe("person:steve-witkoff");
    expect(map.get("person:kiril-dmitriev")?.name).toBe("Kirill Dmitriev");
  });

  it("keeps an id the graph already has", () => {
    const map = resolveBatch(
      [extracted("Kirill Dmitriyev")],
      [known("Kirill Dmitriev", 15), known("Kirill Dmitriyev", 2)],
    );
    expect(map.size).toBe(0);
  });

  it("names a new cluster after its most mentioned spelling", () => {
    const batch = [
      extracted("Kirill Dmitriyev", 0, 1),
      extracted("Kirill Dmitriev", 1, 3),
      extracted("Kirill Dmitriev", 2, 2),
    ];
    const map = resolveBatch(batch, []);
    expect(target(map, "Kirill Dmitriyev")).toBe("person:kirill-dmitriev");
    expect(map.has("person:kirill-dmitriev")).toBe(false);
  });

  it("leaves a bare surname alone when it fits several people", () => {
    const graph = [known("Anna Petrova"), known("Olga Petrova")];
    expect(resolveBatch([extracted("Petrova")], graph).size).toBe(0);
    expect(target(resolveBatch([extracted("A. Petrova")], graph), "A. Petrova")).toBe(
      "person:anna-petrova",
    );
    expect(
      resolveBatch([extracted("A. Petrova")], [...graph, known("Alexandra Petrova")]).size,
    ).toBe(0);
  });

  it("does not chain a cluster from one given name through an initial to another", () => {
    const map = resolveBatch(
      [extracted("Anna Petrova", 0), extracted("A. Petrova", 1), extracted("Alexandra Petrova", 2)],
      [],
    );
    expect(target(map, "A. Petrova")).toBe("person:anna-petrova");
    expect(target(map, "Alexandra Petrova")).toBe("person:alexandra-petrova");
  });

  it("never joins two entities the extractor kept apart in one document", () => {
    const map = resolveBatch(
      [extracted("Kirill Dmitriev", 0), extracted("Kiril Dmitriev", 0)],
      [known("Kirill Dmitriev")],
    );
    expect(map.size).toBe(0);
  });

  it("honours a pair kept apart by an undone merge", () => {
    const graph = [known("Kirill Dmitriev", 5)];
    const apart = new Set([pairKey("person:kiril-dmitriev", "person:kirill-dmitriev")]);
    expect(resolveBatch([extracted("Kiril Dmitriev")], graph, apart).size).toBe(0);
  });

  it("is deterministic whatever order the candidates come in", () => {
    const graph = [known("Kirill Dmitriev", 3), known("Kirill Dmitrijev", 3)];
    const a = resolveBatch([extracted("Kirill Dmitriyev")], graph);
    const b = resolveBatch([extracted("Kirill Dmitriyev")], [...graph].reverse());
    expect([...a]).toEqual([...b]);
  });
});

describe("resolveBatch edge cases", () => {
  it("keeps names with different numbers apart", () => {
    expect(resolveBatch([extracted("Person s 12b")], [known("Person s 2b")]).size).toBe(0);
  });

  it("does not join a variant to a cluster its own document names separately", () => {
    const map = resolveBatch(
      [
        extracted("Kiril Dmitriev", 0),
        extracted("Kirill Dmitriev", 1),
        extracted("Kiril Dmitriev", 1),
      ],
      [],
    );
    expect(map.size).toBe(0);
  });
});
