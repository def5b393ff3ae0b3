import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import type { RelationType } from "@/lib/schema/relations";
import {
  type DocumentSummary,
  documentRow,
  edgeRow,
  type ExplorerEdge,
  NEO4J_RELATION_TYPES,
  nodeRow,
  toGraphEdges,
  toNeo4jTypes,
  toTypeCounts,
} from "./rows";

const neighborhoodQuery = defineQuery({
  file: "graph/neighborhood.cypher",
  mode: "READ",
  params: z.object({
    id: z.string(),
    types: z.array(z.string()),
    relationTypes: z.array(z.string()),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
  }),
  row: z.object({
    center: nodeRow,
    nodes: z.array(nodeRow),
    edges: z.array(edgeRow),
    total: z.number(),
    countsByType: z.array(z.object({ type: z.string(), count: z.number() })),
    documents: z.array(documentRow),
  }),
});

export const DEFAULT_EXPAND_LIMIT = 50;

export interface NeighborhoodRequest {
  id: string;
  types?: RelationType[];
  limit?: number;
  offset?: number;
}

export type ExplorerNode = z.infer<typeof nodeRow>;

export interface Neighborhood {
  center: ExplorerNode;
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
  /** Neighbours along the asked types in all; `nodes` holds offset..offset+limit of them. */
  total: number;
  offset: number;
  limit: number;
  /** Relations of the centre by type, all types, for "expand by relation type". */
  countsByType: Partial<Record<RelationType, number>>;
  documents: DocumentSummary[];
}

/** One page of an entity's neighbours, strongest first, with the relations among them. */
export async function neighborhood(request: NeighborhoodRequest): Promise<Neighborhood> {
  const offset = request.offset ?? 0;
  const limit = request.limit ?? DEFAULT_EXPAND_LIMIT;
  const [row] = await runQuery(neighborhoodQuery, {
    id: request.id,
    types: toNeo4jTypes(request.types),
    relationTypes: NEO4J_RELATION_TYPES,
    offset,
    limit,
  });
  if (!row) throw new AppError("not_found", `There is no entity with the id "${request.id}".`);
  const edges = toGraphEdges(row.edges);
  return {
    center: row.center,
    nodes: row.nodes,
    edges,
    total: row.total,
    offset,
    limit,
    countsByType: toTypeCounts(row.countsByType),
    // Only the documents of edges the API answers (toGraphEdges drops types the registry lacks).
    documents: documentsOf(row.documents, edges),
  };
}

function documentsOf(documents: DocumentSummary[], edges: ExplorerEdge[]): DocumentSummary[] {
  const ids = new Set(edges.flatMap((e) => e.documentIds));
  return documents.filter((d) => ids.has(d.id));
}
