import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { fetchDocuments } from "./documents";
import type { Subgraph } from "./edges-among";
import { edgeRow, NEO4J_RELATION_TYPES, nodeRow, toGraphEdges } from "./rows";

const overviewQuery = defineQuery({
  file: "graph/overview.cypher",
  mode: "READ",
  params: z.object({ limit: z.number().int().min(1).max(500), relationTypes: z.array(z.string()) }),
  row: z.object({ nodes: z.array(nodeRow), edges: z.array(edgeRow), entityTotal: z.number() }),
});

/** The starting view, and how many entities the graph holds in all (it says "40 of 228"). */
export type Overview = Subgraph & { entityTotal: number };

/** The most connected entities and the relations among them: the first thing a visitor sees. */
export async function overview(limit = 40): Promise<Overview> {
  const [row] = await runQuery(overviewQuery, { limit, relationTypes: NEO4J_RELATION_TYPES });
  if (!row) return { nodes: [], edges: [], documents: [], entityTotal: 0 };
  const edges = toGraphEdges(row.edges);
  return {
    nodes: row.nodes,
    edges,
    documents: await fetchDocuments(edges),
    entityTotal: row.entityTotal,
  };
}
