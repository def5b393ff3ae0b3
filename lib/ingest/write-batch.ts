import type { ManagedTransaction } from "neo4j-driver";
import { Gate, runQuery, withTransaction } from "@/lib/neo4j/query";
import { toPlain } from "@/lib/neo4j/values";
import { replayCorrections } from "@/lib/corrections/corrections";
import {
  combinePlans,
  documentHead,
  planDocument,
  type DocumentPlan,
  type EntityRow,
  type MergeMap,
  type PreparedDocument,
} from "./plan";
import {
  activeMerges,
  claimDocuments,
  existingDocuments,
  resolutionLock,
  undoneMerges,
  writeGraph,
  type StoredEntity,
} from "./queries";
import { pairKey } from "./resolve-names";
import { resolveInGraph } from "./resolve-in-graph";

export interface Added {
  entities: number;
  relations: number;
  evidence: number;
}

export interface BatchResult {
  /** Ids of the documents this batch wrote. */
  created: string[];
  /** Ids that were already in the graph (left as they were). */
  unchanged: string[];
  added: Added;
  /** The plans of the documents written, after name resolution. */
  plans: DocumentPlan[];
}

export const NOTHING_ADDED: Added = { entities: 0, relations: 0, evidence: 0 };

export interface WriteOptions {
  /** Recorded merges in force (loadMerges). */
  merges: MergeMap;
  /** Entity pairs never to join (undone merges, as pairKey). */
  keepApart?: ReadonlySet<string>;
  ingestedAt?: string;
}

/** One write batch at a time in this process (on globalThis: route bundles share one queue). */
const resolutionQueue = ((globalThis as { __liaisonIngestQueue?: Gate }).__liaisonIngestQueue ??=
  new Gate(1));

/**
 * Writes whole documents in one transaction: each one is claimed by id first, and only the new
 * ones are resolved against the graph's names, planned and written, so a document is fully in or
 * not at all and a rerun changes nothing. The driver retries the transaction on transient errors
 * (deadlocks, leader switches); every write is a MERGE on a constrained key or a CREATE under a
 * document this transaction claimed, and resolution is redone on a retry, so a retry cannot
 * duplicate anything.
 *
 * Batches run one at a time: in this process they queue here (so they do not hold connections
 * while waiting), and across processes each transaction first takes the IngestLock node's lock
 * (cypher/ingest/resolution-lock.cypher). Name resolution then always sees the entities the batch
 * before it created, so concurrent intake resolves names exactly as sequential intake does.
 */
export async function writeBatch(
  documents: readonly PreparedDocument[],
  options: WriteOptions,
): Promise<BatchResult> {
  if (documents.length === 0)
    return { created: [], unchanged: [], added: { ...NOTHING_ADDED }, plans: [] };
  return resolutionQueue.run(() =>
    withTransaction("WRITE", (tx) => writeBatchIn(tx, documents, options)),
  );
}

export async function writeBatchIn(
  tx: ManagedTransaction,
  documents: readonly PreparedDocument[],
  options: WriteOptions,
): Promise<BatchResult> {
  await runQuery(resolutionLock, {}, { tx });
  const ingestedAt = options.ingestedAt ?? new Date().toISOString();
  const heads = documents.map((d) => documentHead(d, ingestedAt));
  const unique = [...new Map(heads.map((h, i) => [h.id, i])).entries()];
  const claims = await runQuery(
    claimDocuments,
    { documents: unique.map(([, i]) => ({ ...heads[i]! })) },
    { tx },
  );
  const created = new Set(claims.filter((c) => c.created).map((c) => c.id));
  const fresh = unique.filter(([id]) => created.has(id)).map(([, i]) => documents[i]!);
  const unchanged = heads.map((h) => h.id).filter((id) => !created.has(id));
  if (fresh.length === 0) return { created: [], unchanged, added: { ...NOTHING_ADDED }, plans: [] };
  const { resolved, stored } = await resolveInGraph(
    tx,
    fresh,
    options.merges,
    options.keepApart ?? new Set(),
  );
  const plans = fresh.map((d) => planDocument(d, options.merges, ingestedAt, resolved));
  const added = await writePlans(tx, plans, stored);
  // Corrections made by hand apply to what this batch wrote, as merges apply to its entity ids.
  await replayCorrections(
    tx,
    plans.flatMap((p) => p.relations.map((r) => r.id)),
  );
  return { created: [...created], unchanged, added, plans };
}

/** A transaction that would leave a relationship or mention without its entity; the batch is retried. */
export class EntityVanishedError extends Error {
  override name = "EntityVanishedError";
}

/**
 * Runs write-graph.cypher with the rows as they are: plain JavaScript numbers (the query makes
 * integers of them), no copy of the rows and no per-value conversion, which for tens of thousands
 * of rows cost as much as the write (lib/neo4j/query.ts converts every integer for other queries).
 * Entities the graph has (read by name resolution in this transaction) are sent only when they
 * gain a name or role; if one was deleted meanwhile (a document delete pruning it), fewer
 * relationships or mentions are written than planned, and the transaction is refused rather than
 * committed half.
 */
async function writePlans(
  tx: ManagedTransaction,
  plans: readonly DocumentPlan[],
  stored: ReadonlyMap<string, StoredEntity>,
): Promise<Added> {
  const { entities, relations, mentions } = combinePlans(plans);
  // The entities the rows refer to; rows name them by position, so the query looks each one up once
  // (a read: the locks are taken by the writes, in the rows' order, which combinePlans sorts).
  const entityIds = [
    ...new Set([
      ...relations.flatMap((r) => [r.subjectId, r.objectId]),
      ...mentions.map((m) => m.entityId),
    ]),
  ];
  const position = new Map(entityIds.map((id, i) => [id, i]));
  const byType: Record<string, Record<string, unknown>[]> = {};
  for (const { subjectId, objectId, type, ...rest } of relations) {
    (byType[type] ??= []).push({ ...rest, s: position.get(subjectId), o: position.get(objectId) });
  }
  const result = await tx.run(writeGraph.text, {
    entities: entities.filter((e) => gainsSomething(e, stored.get(e.id))),
    entityIds,
    relations: byType,
    documents: plans.map((p) => ({
      id: p.document.id,
      mentions: p.mentions.map(({ entityId, count, starts, ends }) => ({
        e: position.get(entityId),
        count,
        starts,
        ends,
      })),
      evidence: p.evidence,
    })),
  });
  const row = writeGraph.row.parse(toPlain(result.records[0]?.toObject() ?? {}));
  if (row.relationsWritten !== relations.length || row.mentionsWritten !== mentions.length) {
    throw new EntityVanishedError(
      "an entity of this batch was deleted while it was written; nothing was committed, try again",
    );
  }
  return {
    entities: row.entitiesAdded,
    relations: row.relationsAdded,
    evidence: row.evidenceAdded,
  };
}

/** Whether an entity row must be written: new to the graph, or bringing a name or role it lacks. */
function gainsSomething(row: EntityRow, known: StoredEntity | undefined): boolean {
  if (!known) return true;
  return (
    row.aliases.some((a) => a !== known.name && !known.aliases.includes(a)) ||
    row.roles.some((r) => !known.roles.includes(r))
  );
}

/** The ids among `ids` already in the graph. */
export async function findExistingDocuments(ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await runQuery(existingDocuments, { ids: [...ids] });
  return new Set(found.map((r) => r.id));
}

/** The recorded merges in force, resolved transitively (a→b, b→c gives a→c). */
export async function loadMerges(): Promise<Map<string, string>> {
  const direct = new Map((await runQuery(activeMerges, {})).map((m) => [m.fromId, m.intoId]));
  const resolved = new Map<string, string>();
  for (const from of direct.keys()) {
    let into = direct.get(from)!;
    const seen = new Set([from]);
    while (direct.has(into) && !seen.has(into)) {
      seen.add(into);
      into = direct.get(into)!;
    }
    resolved.set(from, into);
  }
  return resolved;
}

/** Entity pairs a person separated by undoing a merge (pairKey), which resolution keeps apart. */
export async function loadKeepApart(): Promise<Set<string>> {
  return new Set((await runQuery(undoneMerges, {})).map((m) => pairKey(m.fromId, m.intoId)));
}
