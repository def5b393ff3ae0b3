import { afterAll, describe, expect, it } from "vitest";

import { closeDriver } from "@/lib/neo4j/driver";

import { checkConsistency, graphCounts, type GraphCounts } from "./counts";
import { documentId } from "./document-id";
import { deleteDocument, getDocument, listDocuments } from "./documents";
import { ingestStream, type IngestItem } from "./ingest-stream";
import { combinePlans, planDocument, type PreparedDocument } from "./plan";
import { syntheticCorpus } from "./synthetic-corpus";

// Every test draws names from its own seed, so runs never collide; documents are deleted after.
const seed = `t${Date.now().toString(36)}`;
const created = new Set<string>();

async function* items(docs: Iterable<PreparedDocument>): AsyncGenerator<IngestItem> {
  for (const document of docs) {
    created.add(documentId(document.text));
    yield { label: document.meta.title ?? "", document };
  }
}

const ingest = (docs: Iterable<PreparedDocument>, batchSize = 7) =>
  ingestStream(items(docs), { batchSize, merges: new Map() });

function delta(after: GraphCounts, before: GraphCounts) {
  return {
    entities: after.entities - before.entities,
    documents: after.documents - before.documents,
    relations: after.relations - before.relations,
    evidence: after.evidence - before.evidence,
    mentions: after.mentions - before.mentions,
  };
}

/** What a corpus should add, computed from the plans alone (no database). */
function expected(docs: PreparedDocument[]) {
  const rows = combinePlans(docs.map((d) => planDocument(d, new Map(), "t")));
  return {
    entities: rows.entities.length,
    documents: rows.documents.length,
    relations: rows.relations.length,
    evidence: rows.evidence.length,
    mentions: rows.mentions.length,
  };
}

afterAll(async () => {
  for (const id of created) await deleteDocument(id).catch(() => undefined);
  await closeDriver();
});

describe("ingest (real Neo4j)", () => {
  it("writes one document exactly as the graph model says", async () => {
    const [doc] = [...syntheticCorpus(0, 1, { seed: `${seed}a`, relationsPerDocument: 4 })];
    const before = await graphCounts();
    const summary = await ingest([doc!]);
    expect(summary.documents).toEqual({ created: 1, unchanged: 0, failed: 0 });
    expect(delta(await graphCounts(), before)).toEqual(expected([doc!]));

    const stored = await getDocument(documentId(doc!.text));
    expect(stored.document.text).toBe(doc!.text);
    expect(stored.document.extractorVersion).toBe("synthetic-1");
    expect(stored.evidence).toHaveLength(4);
    for (const v of stored.evidence) expect(doc!.text.slice(v.start, v.end)).toBe(v.sentence);
    const mentioned = stored.mentions.find((m) => m.entityId === doc!.extraction.entities[0]!.id)!;
    expect(doc!.text.slice(mentioned.starts[0], mentioned.ends[0])).toBe(mentioned.name);
    expect((await checkConsistency()).countMismatches).toBe(0);
    const listed = await listDocuments({ limit: 500, skip: 0 });
    expect(listed.documents.map((d) => d.id)).toContain(stored.document.id);
  });

  it("leaves every count unchanged when the same corpus is ingested twice", async () => {
    const docs = [...syntheticCorpus(0, 40, { seed: `${seed}b` })];
    const before = await graphCounts();
    const first = await ingest(docs);
    const once = await graphCounts();
    const second = await ingest(docs, 13);
    expect(first.documents.created).toBe(40);
    expect(second.documents).toEqual({ created: 0, unchanged: 40, failed: 0 });
    expect(second.added).toEqual({ entities: 0, relations: 0, evidence: 0 });
    expect(await graphCounts()).toEqual(once);
    expect(delta(once, before)).toEqual(expected(docs));
  });

  it("creates no duplicate when two overlapping corpora are ingested at the same time", async () => {
    const a = [...syntheticCorpus(0, 60, { seed: `${seed}c`, poolSize: 30 })];
    const b = [...syntheticCorpus(30, 90, { seed: `${seed}c`, poolSize: 30 })];
    const before = await graphCounts();
    const [ra, rb] = await Promise.all([ingest(a, 5), ingest(b, 9)]);
    expect(ra.documents.failed + rb.documents.failed).toBe(0);
    expect(ra.documents.created + rb.documents.created).toBe(90);
    expect(ra.documents.unchanged + rb.documents.unchanged).toBe(30);
    const union = [...syntheticCorpus(0, 90, { seed: `${seed}c`, poolSize: 30 })];
    expect(delta(await graphCounts(), before)).toEqual(expected(union));
    expect(await checkConsistency()).toMatchObject({
      countMismatches: 0,
      duplicateRelations: 0,
      evidenceWithoutRelation: 0,
    });
  });

  it("deleting a document removes its evidence and recounts or removes what it supported", async () => {
    const docs = [...syntheticCorpus(0, 20, { seed: `${seed}d`, poolSize: 8 })];
    const before = await graphCounts();
    await ingest(docs);
    const victim = documentId(docs[0]!.text);
    const result = await deleteDocument(victim);
    created.delete(victim);
    expect(result.removed.evidence).toBe(docs[0]!.extraction.relations.length);
    expect(delta(await graphCounts(), before)).toEqual(expected(docs.slice(1)));
    expect(await checkConsistency()).toMatchObject({
      countMismatches: 0,
      relationsWithoutEvidence: 0,
    });
    await expect(getDocument(victim)).rejects.toMatchObject({ code: "not_found" });
    for (const doc of docs.slice(1)) await deleteDocument(documentId(doc.text));
    expect(delta(await graphCounts(), before)).toEqual({
      entities: 0,
      documents: 0,
      relations: 0,
      evidence: 0,
      mentions: 0,
    });
  });
});
