import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { z } from "zod";
import { entityDetails } from "./entity";
import { relationEvidence } from "./evidence";
import { subgraph } from "./edges-among";
import { generateEntities, generateRelations, poolsOf } from "./generate";
import { neighborhood } from "./neighborhood";
import { overview } from "./overview";
import { connectionPaths } from "./path";
import { searchEntities } from "./search";
import { listDocumentsWithCounts } from "./document-list";

// A small hand-made graph with unique ids (prefix "zz-"), written with Cypher as lib/ingest would.
const FIXTURE = `
CREATE (a:Entity:Person {id: 'person:zz-kirill-dmitrievsky', name: 'Kirill Dmitrievsky', type: 'Person', aliases: ['Dmitrievsky'], roles: ['fund chief']})
CREATE (b:Entity:Person {id: 'person:zz-steve-witkowsky', name: 'Steve Witkowsky', type: 'Person', aliases: ['Witkowsky'], roles: []})
CREATE (c:Entity:Country {id: 'country:zz-ruritania', name: 'Ruritania', type: 'Country', aliases: [], roles: []})
CREATE (d:Entity:Person {id: 'person:zz-alone', name: 'Lonely Zyx', type: 'Person', aliases: [], roles: []})
CREATE (doc:Document {id: 'doc:zz-1', title: 'Zz talks', source: 'Zz Wire', publishedAt: '2025-03-01', text: 'Dmitrievsky met Witkowsky in Riyadh.'})
CREATE (a)-[:MET_WITH {id: 'met_with:person:zz-kirill-dmitrievsky|person:zz-steve-witkowsky', evidenceCount: 1, firstSeen: '2025-03-01', lastSeen: '2025-03-01', confidence: 0.9}]->(b)
CREATE (b)-[:ENVOY_OF {id: 'envoy_of:person:zz-steve-witkowsky|country:zz-ruritania', evidenceCount: 1, firstSeen: '2025-03-01', lastSeen: '2025-03-01', confidence: 0.8}]->(c)
CREATE (:Evidence {id: 'ev:zz-1', relationId: 'met_with:person:zz-kirill-dmitrievsky|person:zz-steve-witkowsky', sentence: 'Dmitrievsky met Witkowsky in Riyadh.', start: 0, end: 36, date: '2025-03-01', confidence: 0.9})-[:IN_DOCUMENT]->(doc)
CREATE (:Evidence {id: 'ev:zz-2', relationId: 'envoy_of:person:zz-steve-witkowsky|country:zz-ruritania', sentence: 'Witkowsky, envoy of Ruritania.', start: 0, end: 30, date: '2025-03-01', confidence: 0.8})-[:IN_DOCUMENT]->(doc)
CREATE (a)-[:MENTIONED_IN {count: 1, starts: [0], ends: [11]}]->(doc)
`;

async function cypher(text: string, params: Record<string, unknown> = {}) {
  return (await getDriver().executeQuery(text, params, { database: databaseName() })).records;
}

const cleanup = () =>
  cypher(
    "MATCH (n) WHERE n.id STARTS WITH 'doc:zz-' OR n.id STARTS WITH 'ev:zz-' OR n.id CONTAINS ':zz-' OR n.id ENDS WITH '-zz' DETACH DELETE n",
  );

beforeAll(async () => {
  await cleanup();
  await cypher(FIXTURE);
  await cypher("CALL db.awaitIndexes(30)");
});
afterAll(async () => {
  await cleanup();
  await closeDriver();
});

describe("explorer read queries", () => {
  it("lists documents with counts, searched in their text and sorted either way", async () => {
    const found = await listDocumentsWithCounts({
      q: "witkowsky in riyadh",
      sort: "date",
      page: 1,
    });
    expect(found.total).toBe(1);
    expect(found.documents[0]).toEqual({
      id: "doc:zz-1",
      title: "Zz talks",
      source: "Zz Wire",
      publishedAt: "2025-03-01",
      evidence: 2,
      relations: 2,
      entities: 1,
    });
    const ascending = await listDocumentsWithCounts({
      q: "",
      sort: "title",
      order: "asc",
      page: 1,
    });
    const descending = await listDocumentsWithCounts({
      q: "",
      sort: "title",
      order: "desc",
      page: 1,
    });
    expect(ascending.total).toBe(descending.total);
    const titles = (r: typeof ascending) => r.documents.map((d) => (d.title ?? d.id).toLowerCase());
    expect(titles(ascending)).toEqual([...titles(ascending)].sort());
    if (ascending.total <= 50) expect(titles(descending)).toEqual([...titles(ascending)].reverse());
    const byRelations = await listDocumentsWithCounts({ q: "", sort: "relations", page: 1 });
    const counts = byRelations.documents.map((d) => d.relations);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("the starting view knows how many entities there are in all", async () => {
    const start = await overview(2);
    expect(start.nodes).toHaveLength(2);
    const [row] = await cypher("MATCH (e:Entity) RETURN count(e) AS n");
    expect(start.entityTotal).toBe(Number(row!.get("n")));
  });

  it("searches names and aliases, tolerating a typo and an unfinished word", async () => {
    for (const q of ["Dmitrievsky", "dmitrievksy", "Dmitrievs"]) {
      const { results } = await searchEntities(q);
      expect(
        results.map((r) => r.id),
        q,
      ).toContain("person:zz-kirill-dmitrievsky");
    }
    // Two edits in a seven-letter word, as machine translation misspells names ("Dmitliv").
    expect((await searchEntities("Witkosk")).results.map((r) => r.id)).toContain(
      "person:zz-steve-witkowsky",
    );
    const [hit] = (await searchEntities("Witkowsky")).results;
    expect(hit).toMatchObject({ id: "person:zz-steve-witkowsky", type: "Person", degree: 2 });
    expect((await searchEntities("?*")).results).toEqual([]);
  });

  it("describes an entity: roles, relation counts by type, documents; 404 for an unknown id", async () => {
    const details = await entityDetails("person:zz-kirill-dmitrievsky");
    expect(details).toMatchObject({
      name: "Kirill Dmitrievsky",
      roles: ["fund chief"],
      relationCounts: { met_with: 1 },
      documentCount: 1,
    });
    expect(details.documents[0]).toMatchObject({ id: "doc:zz-1", title: "Zz talks" });
    await expect(entityDetails("person:zz-nobody")).rejects.toMatchObject({ code: "not_found" });
  });

  it("expands a neighbourhood with totals, caps it, and filters by relation type", async () => {
    const all = await neighborhood({ id: "person:zz-steve-witkowsky" });
    expect(all.total).toBe(2);
    expect(all.nodes.map((n) => n.id).sort()).toEqual([
      "country:zz-ruritania",
      "person:zz-kirill-dmitrievsky",
    ]);
    expect(all.edges).toHaveLength(2);
    expect(all.countsByType).toEqual({ met_with: 1, envoy_of: 1 });
    expect(all.documents.map((d) => d.id)).toEqual(["doc:zz-1"]);
    const capped = await neighborhood({ id: "person:zz-steve-witkowsky", limit: 1 });
    expect([capped.nodes.length, capped.total]).toEqual([1, 2]);
    const next = await neighborhood({ id: "person:zz-steve-witkowsky", limit: 1, offset: 1 });
    expect(next.nodes[0]!.id).not.toBe(capped.nodes[0]!.id);
    const envoys = await neighborhood({ id: "person:zz-steve-witkowsky", types: ["envoy_of"] });
    expect(envoys.edges.map((e) => e.type)).toEqual(["envoy_of"]);
    expect(envoys.edges[0]).toMatchObject({
      sources: ["Zz Wire"],
      documentIds: ["doc:zz-1"],
      role: null,
    });
    await expect(neighborhood({ id: "person:zz-nobody" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("draws the relations among the neighbours whichever way they point, and a relation of the centre to itself", async () => {
    // Case "out": the page's members have fewer relationships out than in, so the walk goes out;
    // case "in": the other way round. Either way P -> Q is among the edges.
    await cypher(`
      UNWIND ['out', 'in'] AS k
      CREATE (x:Entity:Person {id: 'person:zz-tri-x-' + k, name: 'Tri X ' + k, type: 'Person', aliases: [], roles: []})
      CREATE (p:Entity:Person {id: 'person:zz-tri-p-' + k, name: 'Tri P ' + k, type: 'Person', aliases: [], roles: []})
      CREATE (q:Entity:Person {id: 'person:zz-tri-q-' + k, name: 'Tri Q ' + k, type: 'Person', aliases: [], roles: []})
      CREATE (p)-[:MET_WITH {id: 'met_with:zz-tri-pq-' + k, evidenceCount: 1}]->(q)
      FOREACH (_ IN CASE k WHEN 'out' THEN [1] ELSE [] END |
        CREATE (x)-[:MET_WITH {id: 'met_with:zz-tri-xp-out', evidenceCount: 3}]->(p)
        CREATE (x)-[:MET_WITH {id: 'met_with:zz-tri-xq-out', evidenceCount: 2}]->(q)
        CREATE (x)-[:MET_WITH {id: 'met_with:zz-tri-xx-out', evidenceCount: 1}]->(x))
      FOREACH (_ IN CASE k WHEN 'in' THEN [1] ELSE [] END |
        CREATE (p)-[:MET_WITH {id: 'met_with:zz-tri-px-in', evidenceCount: 3}]->(x)
        CREATE (q)-[:MET_WITH {id: 'met_with:zz-tri-qx-in', evidenceCount: 2}]->(x))`);
    const out = await neighborhood({ id: "person:zz-tri-x-out" });
    expect(out.total).toBe(2);
    expect(out.nodes.map((n) => n.id)).toEqual(["person:zz-tri-p-out", "person:zz-tri-q-out"]);
    expect(out.edges.map((e) => e.id).sort()).toEqual([
      "met_with:zz-tri-pq-out",
      "met_with:zz-tri-xp-out",
      "met_with:zz-tri-xq-out",
      "met_with:zz-tri-xx-out",
    ]);
    const into = await neighborhood({ id: "person:zz-tri-x-in" });
    expect(into.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual([
      "person:zz-tri-p-in>person:zz-tri-q-in",
      "person:zz-tri-p-in>person:zz-tri-x-in",
      "person:zz-tri-q-in>person:zz-tri-x-in",
    ]);
    // A page of one neighbour keeps only the relations to it (and the centre's own loop).
    const first = await neighborhood({ id: "person:zz-tri-x-out", limit: 1 });
    expect(first.edges.map((e) => e.id).sort()).toEqual([
      "met_with:zz-tri-xp-out",
      "met_with:zz-tri-xx-out",
    ]);
  });

  it("restores a view from ids with the relations among them", async () => {
    const view = await subgraph([
      "person:zz-kirill-dmitrievsky",
      "person:zz-steve-witkowsky",
      "person:zz-nobody",
    ]);
    expect(view.nodes).toHaveLength(2);
    expect(view.edges.map((e) => e.type)).toEqual(["met_with"]);
    expect(view.edges[0]!.documentIds).toEqual(["doc:zz-1"]);
  });

  it("finds the shortest path with each hop's evidence, and says when there is none", async () => {
    const found = await connectionPaths({
      from: "person:zz-kirill-dmitrievsky",
      to: "country:zz-ruritania",
    });
    expect(found.length).toBe(2);
    expect(found.paths[0]!.nodes.map((n) => n.name)).toEqual([
      "Kirill Dmitrievsky",
      "Steve Witkowsky",
      "Ruritania",
    ]);
    expect(found.paths[0]!.hops[0]!.evidence[0]!.sentence).toContain("met Witkowsky");
    expect(found.paths[0]).toMatchObject({ weakest: 1, total: 2 });
    // Only through what the view allows: the relation types, the minimum evidence, the go-betweens' types.
    expect(
      (
        await connectionPaths({
          from: "person:zz-kirill-dmitrievsky",
          to: "country:zz-ruritania",
          types: ["envoy_of"],
        })
      ).paths,
    ).toEqual([]);
    expect(
      (
        await connectionPaths({
          from: "person:zz-kirill-dmitrievsky",
          to: "country:zz-ruritania",
          minEvidence: 2,
        })
      ).paths,
    ).toEqual([]);
    expect(
      (
        await connectionPaths({
          from: "person:zz-kirill-dmitrievsky",
          to: "country:zz-ruritania",
          entityTypes: ["Organization"],
        })
      ).paths,
    ).toEqual([]);
    expect(
      (
        await connectionPaths({
          from: "person:zz-kirill-dmitrievsky",
          to: "country:zz-ruritania",
          entityTypes: ["Person"],
        })
      ).paths,
    ).toHaveLength(1);
    const none = await connectionPaths({ from: "person:zz-alone", to: "country:zz-ruritania" });
    expect(none.paths).toEqual([]);
    await expect(
      connectionPaths({ from: "person:zz-nobody", to: "person:zz-alone" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      connectionPaths({ from: "person:zz-alone", to: "person:zz-alone" }),
    ).rejects.toMatchObject({ code: "bad_request" });
  });

  it("gives every sentence behind a relation with its document; 404 for unknown or malformed ids", async () => {
    const result = await relationEvidence(
      "met_with:person:zz-kirill-dmitrievsky|person:zz-steve-witkowsky",
    );
    expect(result.evidence).toHaveLength(1);
    expect(result.evidence[0]).toMatchObject({
      sentence: "Dmitrievsky met Witkowsky in Riyadh.",
      document: { title: "Zz talks", source: "Zz Wire" },
    });
    expect(result.source.name).toBe("Kirill Dmitrievsky");
    await expect(relationEvidence("met_with:person:zz-a|person:zz-b")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(relationEvidence("garbage")).rejects.toMatchObject({ code: "not_found" });
  });

  it("opens on the most connected entities, with the relations among them", async () => {
    const view = await overview(20);
    const degrees = view.nodes.map((n) => n.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees[0]).toBeGreaterThanOrEqual(2);
    const ids = new Set(view.nodes.map((n) => n.id));
    for (const e of view.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });
});

describe("benchmark generator", () => {
  const created = z.object({ created: z.number() });
  const q = (file: string) =>
    defineQuery({
      file,
      mode: "WRITE",
      params: z.object({ rows: z.array(z.any()) }),
      row: created,
    });

  it("writes registry-typed relations with evidence between generated entities", async () => {
    const entities = generateEntities(60).map((e) => ({ ...e, id: `${e.id}-zz` }));
    await runQuery(q("graph/generate-entities.cypher"), { rows: entities });
    await runQuery(q("graph/generate-documents.cypher"), {
      rows: [{ id: "doc:zz-gen-0", title: "Generated", publishedAt: "2024-01-01" }],
    });
    const [batch] = [...generateRelations(40, poolsOf(entities), 1, 100)];
    const rows = batch!.map((r) => ({
      ...r,
      evidence: r.evidence.map((v) => ({ ...v, id: `ev:zz-${v.id}`, doc: "doc:zz-gen-0" })),
    }));
    const [row] = await runQuery(q("graph/generate-relations.cypher"), { rows });
    expect(row!.created).toBeGreaterThanOrEqual(40);
    const counts = await cypher(
      "MATCH (e:Entity)-[r]->(:Entity) WHERE e.id ENDS WITH '-zz' RETURN count(r) AS n",
    );
    expect(counts[0]!.get("n").toNumber()).toBe(40);
  });
});
