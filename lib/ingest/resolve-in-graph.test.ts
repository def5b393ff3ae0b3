import { describe, expect, it } from "vitest";
import { RELATIONS } from "@/lib/schema/relations";
import { writeGraph } from "./queries";
import { batchEntities, chunkSearches, lookupsFor, searchTerms } from "./resolve-in-graph";
import { syntheticCorpus } from "./synthetic-corpus";

const person = (name: string, aliases: string[] = []) => ({
  id: name,
  type: "Person",
  name,
  aliases,
  document: 0,
  weight: 1,
});

describe("candidate search", () => {
  it("searches exact full names as phrases and surnames by spelling", () => {
    expect(searchTerms(person("Kirill Dmitriyev", ["Dmitriyev"]))).toEqual([
      '"kirill dmitriyev"',
      "dmitriyev~",
      "dmit*",
    ]);
    expect(searchTerms(person("Petrova"))).toEqual(["petrova~", "petr*"]);
    expect(searchTerms({ ...person("The Kremlin"), type: "Organization" })).toEqual(['"kremlin"']);
  });

  it("packs a large batch into few queries under Lucene's clause cap", () => {
    const lookups = lookupsFor(
      batchEntities([...syntheticCorpus(0, 300, { seed: "x" })], new Map()),
    );
    const searches = chunkSearches(lookups);
    expect(searches.length).toBeLessThan(lookups.length / 100);
    for (const s of searches) {
      const clauses = s.text
        .split(" OR ")
        .reduce(
          (n, t) => n + (t.endsWith("~") ? 50 : t.startsWith('"') ? 1 + t.split(" ").length : 1),
          0,
        );
      expect(clauses).toBeLessThanOrEqual(900);
    }
    const many = chunkSearches(Array.from({ length: 100 }, (_, i) => ({ search: [`name${i}~`] })));
    expect(many.every((s) => s.text.split(" OR ").length <= 18)).toBe(true);
  });
});

describe("write-graph.cypher", () => {
  it("has one literal-type block for every registry relation type", () => {
    for (const spec of RELATIONS) {
      expect(writeGraph.text).toContain(`UNWIND $relations.${spec.neo4jType} AS row`);
      expect(writeGraph.text).toContain(`MERGE (a)-[r:${spec.neo4jType} {id: row.id}]->(b)`);
    }
  });
});
