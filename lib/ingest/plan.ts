import type { Extraction } from "@/lib/schema/extraction";
import { relationId } from "@/lib/schema/ids";
import { relationSpec } from "@/lib/schema/relations";
import { documentId, evidenceId } from "./document-id";
import type { Resolved } from "./resolve-names";

/**
 * Turns one Extraction into the rows lib/ingest writes (pure, no I/O), following the graph model
 * in TEAM.md. Entity ids pass through the recorded merges first, so a merge survives re-ingest.
 */

export interface DocumentMeta {
  title?: string;
  source?: string;
  publishedAt?: string;
}

/** One article with its extraction, ready to be written. */
export interface PreparedDocument {
  text: string;
  meta: DocumentMeta;
  extraction: Extraction;
}

/** Recorded merges: merged-away entity id → the id it now lives under (already resolved). */
export type MergeMap = ReadonlyMap<string, string>;

export interface DocumentRow {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  ingestedAt: string;
  text: string;
  length: number;
  extractorVersion: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  roles: string[];
}

export interface MentionRow {
  entityId: string;
  documentId: string;
  count: number;
  starts: number[];
  ends: number[];
}

/** One relationship's share of a batch: how much evidence it gains and the dates it spans. */
export interface RelationRow {
  id: string;
  /** Neo4j relationship type, from the registry. */
  type: string;
  subjectId: string;
  objectId: string;
  evidenceCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  confidence: number;
  role: string | null;
}

export interface EvidenceRow {
  id: string;
  relationId: string;
  documentId: string;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
  confidence: number;
  extractorVersion: string;
}

export interface DocumentPlan {
  document: DocumentRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  relations: RelationRow[];
  evidence: EvidenceRow[];
}

export class PlanError extends Error {
  override name = "PlanError";
}

/**
 * `resolved` is cross-document name resolution (resolve-names.ts): an id after merges → the id and
 * name the entity is written under (an existing entity, or a new one named after its best spelling).
 */
export function planDocument(
  doc: PreparedDocument,
  merges: MergeMap,
  ingestedAt: string,
  resolved: ReadonlyMap<string, Resolved> = new Map(),
): DocumentPlan {
  const { extraction, text } = doc;
  const id = documentId(text);
  const merged = (entityId: string) => merges.get(entityId) ?? entityId;
  const resolve = (entityId: string) => resolved.get(merged(entityId))?.id ?? merged(entityId);
  const nameOf = (entityId: string, name: string) => resolved.get(merged(entityId))?.name ?? name;
  const document = documentHead(doc, ingestedAt, id);
  const { entities, mentions } = planEntities(extraction, id, resolve, nameOf);
  const { relations, evidence } = planRelations(extraction, id, resolve, document.publishedAt);
  return {
    document,
    entities,
    mentions,
    relations,
    evidence,
  };
}

/** The document node's row. */
export function documentHead(
  doc: PreparedDocument,
  ingestedAt: string,
  id = documentId(doc.text),
): DocumentRow {
  const { extraction, text, meta } = doc;
  return {
    id,
    title: meta.title ?? extraction.document.title ?? null,
    source: meta.source ?? null,
    publishedAt: meta.publishedAt ?? extraction.document.publishedAt ?? null,
    ingestedAt,
    text,
    length: text.length,
    extractorVersion: extraction.extractorVersion,
  };
}

type Resolve = (entityId: string) => string;

/** Throws PlanError when a relation names an entity the extraction does not list (checked before batching). */
export function checkExtraction(extraction: Extraction): void {
  const listed = new Set(extraction.entities.map((e) => e.id));
  for (const relation of extraction.relations) {
    if (!listed.has(relation.subject) || !listed.has(relation.object)) {
      throw new PlanError(`relation ${relation.type} names an entity the extraction does not list`);
    }
  }
}

/** Entity rows and mention spans, keyed by the id after merges (two names may become one). */
function planEntities(
  extraction: Extraction,
  docId: string,
  resolve: Resolve,
  nameOf: (entityId: string, name: string) => string,
): Pick<DocumentPlan, "entities" | "mentions"> {
  const entities = new Map<string, EntityRow>();
  const mentions = new Map<string, { starts: number[]; ends: number[] }>();
  for (const entity of extraction.entities) {
    const finalId = resolve(entity.id);
    const names = finalId === entity.id ? entity.aliases : [entity.name, ...entity.aliases];
    addEntity(entities, {
      id: finalId,
      name: nameOf(entity.id, entity.name),
      type: entity.type,
      aliases: names,
      roles: entity.roles,
    });
    const spans = mentions.get(finalId) ?? { starts: [], ends: [] };
    for (const m of entity.mentions) {
      spans.starts.push(m.start);
      spans.ends.push(m.end);
    }
    mentions.set(finalId, spans);
  }
  return {
    entities: [...entities.values()],
    mentions: [...mentions].map(([entityId, spans]) => toMention(entityId, docId, spans)),
  };
}

/** One relation row per (type, subject, object) and one evidence row per distinct sentence span. */
function planRelations(
  extraction: Extraction,
  docId: string,
  resolve: Resolve,
  publishedAt: string | null,
): Pick<DocumentPlan, "relations" | "evidence"> {
  const listed = new Set(extraction.entities.map((e) => e.id));
  const relations = new Map<string, RelationRow>();
  const evidence = new Map<string, EvidenceRow>();
  for (const relation of extraction.relations) {
    if (!listed.has(relation.subject) || !listed.has(relation.object)) {
      throw new PlanError(`relation ${relation.type} names an entity the extraction does not list`);
    }
    const spec = relationSpec(relation.type);
    const [subjectId, objectId] = [resolve(relation.subject), resolve(relation.object)];
    const relId = relationId(relation.type, subjectId, objectId, spec.symmetric);
    const [a, b] =
      spec.symmetric && objectId < subjectId ? [objectId, subjectId] : [subjectId, objectId];
    const { sentence, start, end } = relation.evidence;
    const evId = evidenceId(docId, relId, start, end);
    if (evidence.has(evId)) continue; // the same sentence stated twice is one piece of evidence
    const date = relation.date ?? publishedAt;
    const confidence = relation.confidence;
    evidence.set(evId, {
      id: evId,
      relationId: relId,
      documentId: docId,
      sentence,
      start,
      end,
      date,
      confidence,
      extractorVersion: extraction.extractorVersion,
    });
    addRelation(relations, {
      id: relId,
      type: spec.neo4jType,
      subjectId: a,
      objectId: b,
      evidenceCount: 1,
      firstSeen: date,
      lastSeen: date,
      confidence,
      role: relation.role ?? null,
    });
  }
  return { relations: [...relations.values()], evidence: [...evidence.values()] };
}

/** The rows of several documents, written in one transaction: entities and relations combined. */
export function combinePlans(
  plans: readonly DocumentPlan[],
): Omit<DocumentPlan, "document"> & { documents: DocumentRow[] } {
  const entities = new Map<string, EntityRow>();
  const relations = new Map<string, RelationRow>();
  for (const plan of plans) {
    for (const entity of plan.entities) addEntity(entities, entity);
    for (const relation of plan.relations) addRelation(relations, relation);
  }
  // Sorted ids: concurrent writers lock entities in the same order, which avoids most deadlocks.
  const byId = <T extends { id: string }>(rows: Iterable<T>) =>
    [...rows].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return {
    documents: plans.map((p) => p.document),
    entities: byId(entities.values()),
    mentions: plans.flatMap((p) => p.mentions),
    relations: byId(relations.values()),
    evidence: plans.flatMap((p) => p.evidence),
  };
}

function addEntity(into: Map<string, EntityRow>, row: EntityRow): void {
  const known = into.get(row.id);
  const merged = known ?? { ...row, aliases: [], roles: [] };
  // A name equal to the stored name is dropped when written (write-graph.cypher), not here: a
  // merged-away entity's row still carries its own name, which must become an alias.
  for (const alias of row.aliases) if (!merged.aliases.includes(alias)) merged.aliases.push(alias);
  for (const role of row.roles) if (!merged.roles.includes(role)) merged.roles.push(role);
  into.set(row.id, merged);
}

function addRelation(into: Map<string, RelationRow>, row: RelationRow): void {
  const known = into.get(row.id);
  if (!known) {
    into.set(row.id, { ...row });
    return;
  }
  known.evidenceCount += row.evidenceCount;
  known.firstSeen = minDate(known.firstSeen, row.firstSeen);
  known.lastSeen = maxDate(known.lastSeen, row.lastSeen);
  known.confidence = Math.max(known.confidence, row.confidence);
  known.role ??= row.role;
}

/** ISO dates and months compare as strings; a missing date never wins. */
function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b < a ? b : a;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

function toMention(
  entityId: string,
  docId: string,
  spans: { starts: number[]; ends: number[] },
): MentionRow {
  const order = spans.starts.map((_, i) => i).sort((x, y) => spans.starts[x]! - spans.starts[y]!);
  return {
    entityId,
    documentId: docId,
    count: order.length,
    starts: order.map((i) => spans.starts[i]!),
    ends: order.map((i) => spans.ends[i]!),
  };
}
