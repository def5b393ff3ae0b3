import type { ManagedTransaction } from "neo4j-driver";
import { runQuery, withTransaction } from "@/lib/neo4j/query";
import { combinePlans, documentHead, planDocument, type DocumentPlan, type MergeMap, type PreparedDocument } from "./plan";
import { activeMerges, claimDocuments, existingDocuments, undoneMerges, writeGraph } from "./queries";
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

/**
 * Writes whole documents in one transaction: each one is claimed by id first, and only the new
 * ones are resolved against the graph's names, planned and written, so a document is fully in or
 * not at all and a rerun changes nothing. The driver retries the transaction on transient errors
 * (deadlocks, leader switches); every write is a MERGE on a constrained key or a CREATE under a
 * document this transaction claimed, and resolution is redone on a retry, so a retry cannot
 * duplicate anything.
 */
export async function writeBatch(documents: readonly PreparedDocument[], options: WriteOptions): Promise<BatchResult> {
  if (documents.length === 0) return { created: [], unchanged: [], added: { ...NOTHING_ADDED }, plans: [] };
  return withTransaction("WRITE", (tx) => writeBatchIn(tx, documents, options));
}

export async function writeBatchIn(tx: ManagedTransaction, documents: readonly PreparedDocument[], options: WriteOptions): Promise<BatchResult> {
  const ingestedAt = options.ingestedAt ?? new Date().toISOString();
  const heads = documents.map((d) => documentHead(d, ingestedAt));
  const unique = [...new Map(heads.map((h, i) => [h.id, i])).entries()];
  const claims = await runQuery(claimDocuments, { documents: unique.map(([, i]) => ({ ...heads[i]! })) }, { tx });
  const created = new Set(claims.filter((c) => c.created).map((c) => c.id));
  const fresh = unique.filter(([id]) => created.has(id)).map(([, i]) => documents[i]!);
  const unchanged = heads.map((h) => h.id).filter((id) => !created.has(id));
  if (fresh.length === 0) return { created: [], unchanged, added: { ...NOTHING_ADDED }, plans: [] };
  const resolved = await resolveInGraph(tx, fresh, options.merges, options.keepApart ?? new Set());
  const plans = fresh.map((d) => planDocument(d, options.merges, ingestedAt, resolved));
  const added = await writePlans(tx, plans);
  return { created: [...created], unchanged, added, plans };
}

async function writePlans(tx: ManagedTransaction, plans: readonly DocumentPlan[]): Promise<Added> {
  const { entities, relations } = combinePlans(plans);
  const [row] = await runQuery(
    writeGraph,
    {
      entities: entities.map((e) => ({ ...e })),
      relations: relations.map((r) => ({ ...r })),
      documents: plans.map((p) => ({
        id: p.document.id,
        mentions: p.mentions.map(({ documentId: _, ...m }) => m),
        evidence: p.evidence.map(({ documentId: _, ...v }) => v),
      })),
    },
    { tx },
  );
  return { entities: row?.entitiesAdded ?? 0, relations: row?.relationsAdded ?? 0, evidence: row?.evidenceAdded ?? 0 };
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
