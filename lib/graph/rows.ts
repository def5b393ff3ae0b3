import { z } from "zod";
import { graphEdge, graphNode, type GraphEdge } from "@/lib/schema/graph";
import { RELATIONS, relationSpecByNeo4jType, type RelationType } from "@/lib/schema/relations";

/** Every registry relationship type as stored in Neo4j: what "a relation" means in queries. */
export const NEO4J_RELATION_TYPES = RELATIONS.map((r) => r.neo4jType);

/** Registry names → Neo4j types (the only way relation types reach Cypher). */
export function toNeo4jTypes(types: readonly RelationType[] | undefined): string[] {
  if (!types || types.length === 0) return NEO4J_RELATION_TYPES;
  const wanted = new Set<string>(types);
  return RELATIONS.filter((r) => wanted.has(r.name)).map((r) => r.neo4jType);
}

/** A relationship as the read queries return it: Neo4j type, ends by entity id. */
export const edgeRow = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  evidenceCount: z.number(),
  confidence: z.number().nullable().optional(),
  firstSeen: z.string().nullable().optional(),
  lastSeen: z.string().nullable().optional(),
  documentIds: z.array(z.string()).optional(),
  /** The office a `leads` line stands for ("secretary of state"), as the extractor found it. */
  role: z.string().nullable().optional(),
  /** Publisher of each document behind the edge (the document id when it names none). */
  sources: z.array(z.string()).optional(),
});
export type EdgeRow = z.infer<typeof edgeRow>;

export const nodeRow = graphNode.extend({ roles: z.array(z.string()).default([]) });

/**
 * An edge as the explorer gets it: the plain graph edge plus the documents and distinct sources
 * (publishers) behind it, and the role of a `leads` line.
 */
export const explorerEdge = graphEdge.extend({
  documentIds: z.array(z.string()).default([]),
  sources: z.array(z.string()).default([]),
  role: z.string().nullable().default(null),
});
export type ExplorerEdge = z.infer<typeof explorerEdge>;

export const documentRow = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type DocumentSummary = z.infer<typeof documentRow>;

/** Maps stored edge rows (Neo4j types) to the API's edges (registry names); unknown types drop. */
export function toGraphEdges(rows: EdgeRow[]): ExplorerEdge[] {
  return rows.flatMap((row) => {
    const spec = relationSpecByNeo4jType(row.type);
    if (!spec) return [];
    const edge: ExplorerEdge = {
      id: row.id,
      type: spec.name as GraphEdge["type"],
      source: row.source,
      target: row.target,
      evidenceCount: row.evidenceCount,
      firstSeen: row.firstSeen ?? null,
      lastSeen: row.lastSeen ?? null,
      documentIds: [...new Set(row.documentIds ?? [])],
      sources: [...new Set(row.sources ?? [])].sort(),
      role: row.role ?? null,
    };
    if (row.confidence != null) edge.confidence = row.confidence;
    return [edge];
  });
}

/** Counts per Neo4j type → counts per registry name, registry order, zeros left out. */
export function toTypeCounts(
  rows: { type: string; count: number }[],
): Partial<Record<RelationType, number>> {
  const out: Partial<Record<RelationType, number>> = {};
  for (const spec of RELATIONS) {
    const found = rows.find((r) => r.type === spec.neo4jType);
    if (found && found.count > 0) out[spec.name] = found.count;
  }
  return out;
}
