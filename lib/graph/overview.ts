import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { graphNode, type GraphData } from "@/lib/schema/graph";
import { RELATIONS, relationSpecByNeo4jType } from "@/lib/schema/relations";

const edgeRow = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  evidenceCount: z.number(),
  confidence: z.number().nullable(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});

const overviewQuery = defineQuery({
  file: "graph/overview.cypher",
  mode: "READ",
  params: z.object({ limit: z.number().int().min(1).max(500), relationTypes: z.array(z.string()) }),
  row: z.object({ nodes: z.array(graphNode), edges: z.array(edgeRow) }),
});

export const NEO4J_RELATION_TYPES = RELATIONS.map((r) => r.neo4jType);

/** Maps stored edge rows (Neo4j types) to the API's edges (registry names). */
export function toGraphEdges(rows: z.infer<typeof edgeRow>[]): GraphData["edges"] {
  return rows.flatMap((row) => {
    const spec = relationSpecByNeo4jType(row.type);
    if (!spec) return [];
    return [{ ...row, type: spec.name as GraphData["edges"][number]["type"], confidence: row.confidence ?? undefined }];
  });
}

/** The most connected entities and the relations among them: the first thing a visitor sees. */
export async function overview(limit = 40): Promise<GraphData> {
  const [row] = await runQuery(overviewQuery, { limit, relationTypes: NEO4J_RELATION_TYPES });
  if (!row) return { nodes: [], edges: [] };
  return { nodes: row.nodes, edges: toGraphEdges(row.edges) };
}
