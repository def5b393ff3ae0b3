import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeDriver } from "@/lib/neo4j/driver";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import type { PreparedDocument } from "./plan";
import { checkConsistency, graphCounts } from "./counts";
import { documentId } from "./document-id";
import { deleteDocument } from "./documents";
import { ingestStream, type IngestItem } from "./ingest-stream";
import { listMerges, mergeEntities, undoMerge } from "./merges";
import { loadMerges } from "./write-batch";

const seed = Date.now().toString(36);
const evidence = (start: number, end: number, text: string) => ({
  sentence: text.slice(start, end),
  start,
  end,
});

/** Two articles naming Kirill Dmitriev two ways; the second also meets Witkoff in "Riyadh". */
function articles(): PreparedDocument[] {
  const a = `Steve Witkoff${seed} met Kiril Dmitriev${seed} in Moscow.`;
  const b = `Kirill Dmitriev${seed} met Steve Witkoff${seed}. Kiril Dmitriev${seed} works for RDIF${seed}.`;
  const witkoff = {
    id: `person:steve-witkoff${seed}`,
    name: `Steve Witkoff${seed}`,
    type: "Person" as const,
    aliases: [],
    roles: [],
  };
  const kiril = {
    id: `person:kiril-dmitriev${seed}`,
    name: `Kiril Dmitriev${seed}`,
    type: "Person" as const,
    aliases: [],
    roles: [],
  };
  const kirill = {
    id: `person:kirill-dmitriev${seed}`,
    name: `Kirill Dmitriev${seed}`,
    type: "Person" as const,
    aliases: [],
    roles: [],
  };
  const rdif = {
    id: `organization:rdif${seed}`,
    name: `RDIF${seed}`,
    type: "Organization" as const,
    aliases: [],
    roles: [],
  };
  const at = (text: string, name: string, from = 0) => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, text: name };
  };
  const bSplit = b.indexOf(". ") + 1;
  return [
    {
      text: a,
      meta: { title: "a", publishedAt: "2025-02-01" },
      extraction: {
        extractorVersion: "test",
        document: { length: a.length },
        entities: [
          { ...witkoff, mentions: [at(a, witkoff.name)] },
          { ...kiril, mentions: [at(a, kiril.name)] },
        ],
        relations: [
          {
            type: "met_with",
            subject: witkoff.id,
            object: kiril.id,
            confidence: 0.8,
            evidence: evidence(0, a.length, a),
          },
        ],
      },
    },
    {
      text: b,
      meta: { title: "b", publishedAt: "2025-03-01" },
      extraction: {
        extractorVersion: "test",
        document: { length: b.length },
        entities: [
          { ...kirill, mentions: [at(b, kirill.name)] },
          { ...witkoff, mentions: [at(b, witkoff.name)] },
          { ...kiril, mentions: [at(b, kiril.name)] },
          { ...rdif, mentions: [at(b, rdif.name)] },
        ],
        relations: [
          {
            type: "met_with",
            subject: kirill.id,
            object: witkoff.id,
            confidence: 0.9,
            evidence: evidence(0, bSplit, b),
          },
          {
            type: "works_for",
            subject: kiril.id,
            object: rdif.id,
            confidence: 0.7,
            evidence: evidence(bSplit + 1, b.length, b),
          },
        ],
      },
    },
  ];
}

async function* items(docs: PreparedDocument[]): AsyncGenerator<IngestItem> {
  for (const document of docs) yield { label: document.meta.title ?? "", document };
}

const relation = defineQuery({
  file: "merge/read-entity-links.cypher",
  mode: "READ",
  params: z.object({ id: z.string(), relationTypes: z.array(z.string()) }),
  row: z.object({
    entity: z.object({ name: z.string(), aliases: z.array(z.string()) }).passthrough(),
    relations: z.array(
      z.object({ id: z.string(), evidenceIds: z.array(z.string()) }).passthrough(),
    ),
  }),
});
const links = async (id: string) =>
  (await runQuery(relation, { id, relationTypes: ["MET_WITH", "WORKS_FOR"] }))[0];

let openMerge: string | undefined;

afterAll(async () => {
  if (openMerge) await undoMerge(openMerge);
  for (const doc of articles()) await deleteDocument(documentId(doc.text)).catch(() => undefined);
  await closeDriver();
});

describe("entity merge (real Neo4j)", () => {
  it("keeps every alias, relation and evidence, survives re-ingest, and can be undone", async () => {
    const docs = articles();
    const kiril = `person:kiril-dmitriev${seed}`;
    const kirill = `person:kirill-dmitriev${seed}`;
    const before = await graphCounts();
    await ingestStream(items(docs), { merges: await loadMerges() });
    const ingested = await graphCounts();
    expect(ingested.relations - before.relations).toBe(3);

    const result = await mergeEntities(kiril, kirill);
    expect(result.moved).toEqual({ relations: 2, evidence: 2, mentions: 2 });
    expect(await links(kiril)).toBeUndefined();
    const survivor = (await links(kirill))!;
    expect(survivor.entity.aliases).toContain(`Kiril Dmitriev${seed}`);
    // met_with Witkoff from both articles is now one relationship with two pieces of evidence.
    expect(survivor.relations.map((r) => r.evidenceIds.length).sort()).toEqual([1, 2]);
    const merged = await graphCounts();
    expect({ ...merged, merges: 0 }).toMatchObject({
      entities: ingested.entities - 1,
      relations: ingested.relations - 1,
      evidence: ingested.evidence,
    });
    expect(await checkConsistency()).toMatchObject({
      countMismatches: 0,
      relationsWithoutEvidence: 0,
      evidenceWithoutRelation: 0,
    });

    const { merges } = await listMerges();
    expect(merges.find((m) => m.id === result.merge.id)).toMatchObject({
      fromId: kiril,
      intoId: kirill,
      undoneAt: null,
    });

    await undoMerge(result.merge.id);
    const restored = (await links(kiril))!;
    expect(restored.entity.name).toBe(`Kiril Dmitriev${seed}`);
    expect((await links(kirill))!.entity.aliases).not.toContain(`Kiril Dmitriev${seed}`);
    expect(await graphCounts()).toMatchObject({
      entities: ingested.entities,
      relations: ingested.relations,
      evidence: ingested.evidence,
    });
    expect(await checkConsistency()).toMatchObject({
      countMismatches: 0,
      relationsWithoutEvidence: 0,
      evidenceWithoutRelation: 0,
    });
    await expect(undoMerge(result.merge.id)).rejects.toMatchObject({ code: "conflict" });

    // Merge again, then delete an article and ingest it again: the merge holds.
    openMerge = (await mergeEntities(kiril, kirill)).merge.id;
    await deleteDocument(documentId(docs[0]!.text));
    await ingestStream(items(docs), { merges: await loadMerges() });
    expect(await links(kiril)).toBeUndefined();
    expect(await graphCounts()).toMatchObject({
      entities: merged.entities,
      relations: merged.relations,
      evidence: merged.evidence,
    });
    expect(await checkConsistency()).toMatchObject({
      countMismatches: 0,
      relationsWithoutEvidence: 0,
      evidenceWithoutRelation: 0,
    });
  });
});
