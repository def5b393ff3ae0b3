import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationEvidence } from "@/lib/graph/evidence";
import { deleteDocument } from "@/lib/ingest/documents";
import { documentHead, type PreparedDocument } from "@/lib/ingest/plan";
import { writeBatch } from "@/lib/ingest/write-batch";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { correctRelation, listCorrections, undoCorrection } from "./corrections";

// Two articles of this test's own that state the same relations, written through lib/ingest.
const ANA = "person:zc-ana-oduya";
const BO = "person:zc-bo-lindqvist";
const LAND = "country:zc-veloria";
const MET = `met_with:${ANA}|${BO}`;
const LEADS = `leads:${ANA}|${LAND}`;

function article(text: string, title: string): PreparedDocument {
  const at = (s: string) => ({
    sentence: s,
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
  });
  const met = text.match(/Ana Oduya met Bo Lindqvist[^.]*\./)![0];
  const leads = text.match(/Ana Oduya, (the )?foreign minister of Veloria[^.]*\./)![0];
  return {
    text,
    meta: { title, publishedAt: "2025-11-02", source: "Zc Wire" },
    extraction: {
      extractorVersion: "zc-test",
      document: { title, publishedAt: "2025-11-02", length: text.length },
      entities: [
        { id: ANA, name: "Ana Oduya", type: "Person", aliases: [], roles: [], mentions: [] },
        { id: BO, name: "Bo Lindqvist", type: "Person", aliases: [], roles: [], mentions: [] },
        { id: LAND, name: "Veloria", type: "Country", aliases: [], roles: [], mentions: [] },
      ],
      relations: [
        { type: "met_with", subject: ANA, object: BO, confidence: 0.9, evidence: at(met) },
        {
          type: "leads",
          subject: ANA,
          object: LAND,
          confidence: 0.9,
          role: "foreign minister",
          evidence: at(leads),
        },
      ],
    },
  } as PreparedDocument;
}

const FIRST = article(
  "Ana Oduya, foreign minister of Veloria, flew in. Ana Oduya met Bo Lindqvist on Sunday.",
  "Zc one",
);
const SECOND = article(
  "Ana Oduya met Bo Lindqvist again on Monday. Ana Oduya, the foreign minister of Veloria, said little.",
  "Zc two",
);

async function cypher(text: string, params: Record<string, unknown> = {}) {
  return (await getDriver().executeQuery(text, params, { database: databaseName() })).records;
}
const cleanup = () =>
  cypher(
    "MATCH (n) WHERE n.id CONTAINS ':zc-' OR n.title STARTS WITH 'Zc ' OR n.relationId CONTAINS ':zc-' DETACH DELETE n",
  ).then(() => cypher("MATCH (c:Correction) WHERE c.relationId CONTAINS ':zc-' DELETE c"));
const ingest = async (doc: PreparedDocument) => writeBatch([doc], { merges: new Map() });
const reingest = async (doc: PreparedDocument) => {
  await deleteDocument(documentHead(doc, new Date().toISOString()).id).catch(() => undefined);
  await ingest(doc);
};
const evidenceTotal = (id: string) =>
  relationEvidence(id).then(
    (r) => r.evidenceTotal,
    () => 0,
  );

beforeAll(async () => {
  await cleanup();
  await ingest(FIRST);
});
afterAll(async () => {
  await cleanup();
  await closeDriver();
});

describe("corrections by hand", () => {
  it("a rejected relation leaves the graph, stays out when its article is ingested again or another states it, and comes back on undo", async () => {
    expect(await evidenceTotal(MET)).toBe(1);
    const rejected = await correctRelation(
      { kind: "reject", relationId: MET, reason: "They spoke by phone." },
      "local",
    );
    expect(rejected).toMatchObject({
      kind: "reject",
      by: "local",
      reason: "They spoke by phone.",
      undoneAt: null,
    });
    await expect(relationEvidence(MET)).rejects.toMatchObject({ code: "not_found" });

    await reingest(FIRST);
    await ingest(SECOND);
    await expect(relationEvidence(MET)).rejects.toMatchObject({ code: "not_found" });

    const undone = await undoCorrection(rejected.id, "local");
    expect(undone.undoneAt).not.toBeNull();
    expect(await evidenceTotal(MET)).toBe(2);
    expect((await listCorrections({ relationIds: [MET] }))[0]).toMatchObject({
      id: rejected.id,
      undoneBy: "local",
    });
    await expect(undoCorrection(rejected.id, "local")).rejects.toMatchObject({ code: "gone" });
  });

  it("a retyped relation moves its evidence to the right type, keeps it after re-ingest, and undoes", async () => {
    const before = await evidenceTotal(LEADS);
    expect(before).toBeGreaterThan(0);
    const retyped = await correctRelation(
      { kind: "retype", relationId: LEADS, toType: "envoy_of", reason: "She is its envoy." },
      "admin token holder",
    );
    const envoy = `envoy_of:${ANA}|${LAND}`;
    expect(retyped.toRelationId).toBe(envoy);
    await expect(relationEvidence(LEADS)).rejects.toMatchObject({ code: "not_found" });
    expect(await evidenceTotal(envoy)).toBe(before);
    await reingest(SECOND);
    await expect(relationEvidence(LEADS)).rejects.toMatchObject({ code: "not_found" });
    expect(await evidenceTotal(envoy)).toBe(before);

    await undoCorrection(retyped.id, "local");
    expect(await evidenceTotal(LEADS)).toBe(before);
    await expect(relationEvidence(envoy)).rejects.toMatchObject({ code: "not_found" });
    expect((await relationEvidence(LEADS)).relation.role).toBe("foreign minister");
  });

  it("confirms a relation, refuses a type the registry does not allow, and answers 404 for an unknown relation", async () => {
    const confirmed = await correctRelation(
      { kind: "confirm", relationId: MET, reason: "Seen on video." },
      "local",
    );
    const [row] = await cypher("MATCH ()-[r {id: $id}]-() RETURN r.confirmedBy AS by LIMIT 1", {
      id: MET,
    });
    expect(row!.get("by")).toBe("local");
    await undoCorrection(confirmed.id, "local");
    const [after] = await cypher("MATCH ()-[r {id: $id}]-() RETURN r.confirmedBy AS by LIMIT 1", {
      id: MET,
    });
    expect(after!.get("by")).toBeNull();
    await expect(
      correctRelation(
        { kind: "retype", relationId: MET, toType: "sanctioned_by", reason: "x" },
        "local",
      ),
    ).rejects.toMatchObject({ code: "bad_request" });
    await expect(
      correctRelation(
        { kind: "reject", relationId: `met_with:${ANA}|person:zc-nobody`, reason: "x" },
        "local",
      ),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
