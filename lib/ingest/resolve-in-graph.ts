import type { ManagedTransaction } from "neo4j-driver";
import type { EntityType } from "@/lib/schema/entity-types";
import { entityId } from "@/lib/schema/ids";
import { runQuery } from "@/lib/neo4j/query";
import type { MergeMap, PreparedDocument } from "./plan";
import { findCandidates } from "./queries";
import { exactKeys, resolveBatch, surnameKeys, type BatchEntity, type Resolved } from "./resolve-names";

/**
 * Cross-document resolution for one batch, inside its write transaction: the batch's entities
 * (after recorded merges) are looked up in the graph in one query, then resolved by the pure rule
 * in resolve-names.ts. Returns extracted-id (after merges) → the id and name to write under.
 */
export async function resolveInGraph(
  tx: ManagedTransaction,
  documents: readonly PreparedDocument[],
  merges: MergeMap,
  keepApart: ReadonlySet<string>,
): Promise<Map<string, Resolved>> {
  const entities = batchEntities(documents, merges);
  if (entities.length === 0) return new Map();
  const candidates = await runQuery(findCandidates, { lookups: lookupsFor(entities) }, { tx });
  return resolveBatch(entities, candidates, keepApart);
}

/** Every extracted entity of the batch in document order, under its id after merges. */
export function batchEntities(documents: readonly PreparedDocument[], merges: MergeMap): BatchEntity[] {
  return documents.flatMap((doc, document) =>
    doc.extraction.entities.map((e) => ({
      id: merges.get(e.id) ?? e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      document,
      weight: Math.max(1, e.mentions.length),
    })),
  );
}

/** One candidate lookup per distinct entity: the ids of its names and a full-text query. */
export function lookupsFor(entities: readonly BatchEntity[]): { id: string; type: string; ids: string[]; search: string | null }[] {
  const byId = new Map<string, BatchEntity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    byId.set(e.id, seen ? { ...seen, aliases: [...new Set([...seen.aliases, e.name, ...e.aliases])] } : e);
  }
  return [...byId.values()].map((e) => ({
    id: e.id,
    type: e.type,
    ids: [...new Set([e.name, ...e.aliases].map((n) => entityId(e.type as EntityType, n)))].filter((id) => id !== e.id),
    search: searchText(e),
  }));
}

/**
 * A Lucene query over names and aliases: each exact name as a phrase; for people, each surname
 * within two edits and, for long ones, by its first four letters (Dmitliff finds Dmitriev). Terms
 * are folded to [a-z0-9] and spaces, so nothing in them is Lucene syntax.
 */
export function searchText(entity: BatchEntity): string | null {
  const phrases = exactKeys(entity).map((k) => `"${k}"`);
  const surnames = surnameKeys(entity).flatMap((s) => (s.length < 5 ? [s] : s.length < 6 ? [`${s}~`] : [`${s}~`, `${s.slice(0, 4)}*`]));
  const terms = [...phrases, ...surnames];
  return terms.length > 0 ? terms.join(" OR ") : null;
}
