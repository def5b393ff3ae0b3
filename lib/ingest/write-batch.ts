import type { ManagedTransaction } from "neo4j-driver";
import { runQuery, withTransaction } from "@/lib/neo4j/query";
import { combinePlans, type DocumentPlan } from "./plan";
import { activeMerges, claimDocuments, existingDocuments, writeGraph } from "./queries";

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
}

export const NOTHING_ADDED: Added = { entities: 0, relations: 0, evidence: 0 };

/**
 * Writes whole documents in one transaction: each one is claimed by id first, and only the new
 * ones are written, so a document is fully in or not at all and a rerun changes nothing. The
 * driver retries the transaction on transient errors (deadlocks, leader switches); every write is
 * a MERGE on a constrained key or a CREATE under a document this transaction claimed, so a retry
 * cannot duplicate anything.
 */
export async function writeBatch(plans: readonly DocumentPlan[]): Promise<BatchResult> {
  if (plans.length === 0) return { created: [], unchanged: [], added: { ...NOTHING_ADDED } };
  return withTransaction("WRITE", (tx) => writeBatchIn(tx, plans));
}

export async function writeBatchIn(tx: ManagedTransaction, plans: readonly DocumentPlan[]): Promise<BatchResult> {
  const unique = [...new Map(plans.map((p) => [p.document.id, p])).values()];
  const claims = await runQuery(claimDocuments, { documents: unique.map((p) => ({ ...p.document })) }, { tx });
  const created = new Set(claims.filter((c) => c.created).map((c) => c.id));
  const fresh = unique.filter((p) => created.has(p.document.id));
  const unchanged = plans.map((p) => p.document.id).filter((id) => !created.has(id));
  if (fresh.length === 0) return { created: [], unchanged, added: { ...NOTHING_ADDED } };
  const { entities, relations } = combinePlans(fresh);
  const [row] = await runQuery(
    writeGraph,
    {
      entities: entities.map((e) => ({ ...e })),
      relations: relations.map((r) => ({ ...r })),
      documents: fresh.map((p) => ({
        id: p.document.id,
        mentions: p.mentions.map(({ documentId: _, ...m }) => m),
        evidence: p.evidence.map(({ documentId: _, ...v }) => v),
      })),
    },
    { tx },
  );
  return {
    created: [...created],
    unchanged,
    added: { entities: row?.entitiesAdded ?? 0, relations: row?.relationsAdded ?? 0, evidence: row?.evidenceAdded ?? 0 },
  };
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
