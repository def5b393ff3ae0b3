import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { fetchDocuments } from "./documents";
import {
  type DocumentSummary,
  edgeRow,
  type ExplorerEdge,
  NEO4J_RELATION_TYPES,
  nodeRow,
  toGraphEdges,
} from "./rows";
import type { ExplorerNode } from "./neighborhood";

const edgesAmongQuery = defineQuery({
  file: "graph/edges-among.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()), relationTypes: z.array(z.string()) }),
  row: z.object({ nodes: z.array(nodeRow), edges: z.array(edgeRow) }),
});

export const MAX_VIEW_IDS = 2000;

export interface Subgraph {
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
  documents: DocumentSummary[];
}

/** The entities with these ids (unknown ids are left out) and every relation among them. */
export async function subgraph(ids: string[]): Promise<Subgraph> {
  const [row] = await runQuery(edgesAmongQuery, {
    ids: [...new Set(ids)],
    relationTypes: NEO4J_RELATION_TYPES,
  });
  if (!row) return { nodes: [], edges: [], documents: [] };
  const edges = toGraphEdges(row.edges);
  return { nodes: row.nodes, edges, documents: await fetchDocuments(edges) };
}
