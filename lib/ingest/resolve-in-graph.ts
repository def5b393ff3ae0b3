import type { ManagedTransaction } from "neo4j-driver";
import type { EntityType } from "@/lib/schema/entity-types";
import { entityId } from "@/lib/schema/ids";
import { runQuery } from "@/lib/neo4j/query";
import type { MergeMap, PreparedDocument } from "./plan";
import { entitiesById, searchEntities, type StoredEntity } from "./queries";
import {
  exactKeys,
  resolveBatch,
  surnameKeys,
  type BatchEntity,
  type Resolved,
} from "./resolve-names";

/**
 * Cross-document resolution for one batch, inside its write transaction: the batch's entities
 * (after recorded merges) are looked up in the graph by id (one query) and, those it does not have,
 * through the full-text index (a few queries per batch), then resolved by the pure rule
 * in resolve-names.ts.
 */
export interface Resolution {
  /** Extracted id (after merges) → the id and name to write under, where they differ. */
  resolved: Map<string, Resolved>;
  /** Entities of the graph read on the way (ids of the batch, their names, the search hits). */
  stored: Map<string, StoredEntity>;
}

export async function resolveInGraph(
  tx: ManagedTransaction,
  documents: readonly PreparedDocument[],
  merges: MergeMap,
  keepApart: ReadonlySet<string>,
): Promise<Resolution> {
  const entities = batchEntities(documents, merges);
  if (entities.length === 0) return { resolved: new Map(), stored: new Map() };
  const lookups = lookupsFor(entities);
  const ids = [...new Set(lookups.flatMap((l) => [l.id, ...l.ids]))];
  const found = await runQuery(entitiesById, { ids }, { tx });
  const inGraph = new Set(found.map((e) => e.id));
  // An entity the graph has under its own id is that entity: only the others are searched for.
  const searches = chunkSearches(lookups.filter((l) => !inGraph.has(l.id)));
  const types = [...new Set(entities.map((e) => e.type))];
  const hits =
    searches.length > 0 ? await runQuery(searchEntities, { searches, types }, { tx }) : [];
  const stored = new Map([...found, ...hits].map((e) => [e.id, e]));
  return { resolved: resolveBatch(entities, [...stored.values()], keepApart), stored };
}

/** Every extracted entity of the batch in document order, under its id after merges. */
export function batchEntities(
  documents: readonly PreparedDocument[],
  merges: MergeMap,
): BatchEntity[] {
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
export function lookupsFor(
  entities: readonly BatchEntity[],
): { id: string; type: string; ids: string[]; search: string[] }[] {
  const byId = new Map<string, BatchEntity>();
  for (const e of entities) {
    const seen = byId.get(e.id);
    byId.set(
      e.id,
      seen ? { ...seen, aliases: [...new Set([...seen.aliases, e.name, ...e.aliases])] } : e,
    );
  }
  return [...byId.values()].map((e) => ({
    id: e.id,
    type: e.type,
    ids: [...new Set([e.name, ...e.aliases].map((n) => entityId(e.type as EntityType, n)))].filter(
      (id) => id !== e.id,
    ),
    search: searchTerms(e),
  }));
}

/**
 * A Lucene query over names and aliases: each exact name as a phrase; for people, each surname
 * within two edits and, for long ones, by its first four letters (Dmitliff finds Dmitriev). Terms
 * are folded to [a-z0-9] and spaces, so nothing in them is Lucene syntax.
 */
export function searchTerms(entity: BatchEntity): string[] {
  const phrases = exactKeys(entity).map((k) => `"${k}"`);
  const surnames = surnameKeys(entity).flatMap((s) =>
    s.length < 5 ? [s] : s.length < 6 ? [`${s}~`] : [`${s}~`, `${s.slice(0, 4)}*`],
  );
  return [...new Set([...phrases, ...surnames])];
}

// Lucene caps a query at 1,024 clauses counted after rewriting, nested ones included: a phrase
// counts once plus once per word, a fuzzy term rewrites to up to 50.
const CLAUSE_BUDGET = 900;
const clauseCost = (term: string) =>
  term.endsWith("~") ? 50 : term.startsWith('"') ? 1 + term.split(" ").length : 1;

/** The search terms of many entities packed into few Lucene queries, each under the clause cap. */
export function chunkSearches(
  lookups: readonly { search: string[] }[],
): { text: string; limit: number }[] {
  const out: { text: string; limit: number }[] = [];
  let terms: string[] = [];
  let cost = 0;
  let entities = 0;
  const flush = () => {
    if (terms.length > 0) out.push({ text: terms.join(" OR "), limit: 20 * entities + 100 });
    terms = [];
    cost = 0;
    entities = 0;
  };
  for (const lookup of lookups) {
    const more = lookup.search.reduce((n, t) => n + clauseCost(t), 0);
    if (more === 0) continue;
    if (cost + more > CLAUSE_BUDGET) flush();
    terms.push(...lookup.search);
    cost += more;
    entities += 1;
  }
  flush();
  return out;
}
