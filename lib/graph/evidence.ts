import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { entityType } from "@/lib/schema/entity-types";
import { parseRelationId } from "./relation-id";
import { documentRow, edgeRow, type ExplorerEdge, toGraphEdges } from "./rows";

export const evidenceItem = z.object({
  id: z.string(),
  sentence: z.string(),
  start: z.number().nullable(),
  end: z.number().nullable(),
  date: z.string().nullable(),
  confidence: z.number().nullable(),
  document: documentRow,
});
export type EvidenceItem = z.infer<typeof evidenceItem>;

const endRow = z.object({
  id: z.string(),
  name: z.string(),
  type: entityType,
  aliases: z.array(z.string()),
});

const evidenceQuery = defineQuery({
  file: "relations/evidence.cypher",
  mode: "READ",
  params: z.object({
    id: z.string(),
    subject: z.string(),
    object: z.string(),
    limit: z.number().int().min(1),
  }),
  row: z.object({
    relation: edgeRow,
    source: endRow,
    target: endRow,
    evidence: z.array(evidenceItem),
    evidenceTotal: z.number(),
  }),
});

const evidenceManyQuery = defineQuery({
  file: "relations/evidence-many.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()), perRelation: z.number().int().min(1) }),
  row: z.object({ relationId: z.string(), evidence: z.array(evidenceItem) }),
});

export interface RelationEvidence {
  relation: ExplorerEdge;
  source: z.infer<typeof endRow>;
  target: z.infer<typeof endRow>;
  evidence: EvidenceItem[];
  /** Sentences in all; `evidence` holds the first `limit` of them, newest first. */
  evidenceTotal: number;
}

/** Every sentence behind one relation, with its document; 404 when the id names no relation. */
export async function relationEvidence(id: string, limit = 200): Promise<RelationEvidence> {
  const key = parseRelationId(id);
  const notFound = new AppError("not_found", `There is no relation with the id "${id}".`);
  if (!key) throw notFound;
  const [row] = await runQuery(evidenceQuery, {
    id,
    subject: key.subject,
    object: key.object,
    limit,
  });
  if (!row) throw notFound;
  const [edge] = toGraphEdges([row.relation]);
  if (!edge) throw notFound;
  return {
    relation: edge,
    source: row.source,
    target: row.target,
    evidence: row.evidence,
    evidenceTotal: row.evidenceTotal,
  };
}

/** The first few sentences of each relation, by relation id (relations without any are absent). */
export async function evidenceOf(
  ids: string[],
  perRelation = 3,
): Promise<Record<string, EvidenceItem[]>> {
  if (ids.length === 0) return {};
  const rows = await runQuery(evidenceManyQuery, { ids, perRelation });
  return Object.fromEntries(rows.map((r) => [r.relationId, r.evidence]));
}
