import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import type { RelationType } from "@/lib/schema/relations";
import { type EvidenceItem, evidenceOf } from "./evidence";
import type { ExplorerNode } from "./neighborhood";
import { edgeRow, type ExplorerEdge, NEO4J_RELATION_TYPES, nodeRow, toGraphEdges, toNeo4jTypes } from "./rows";

const pathQuery = defineQuery({
  file: "graph/path.cypher",
  mode: "READ",
  params: z.object({
    from: z.string(),
    to: z.string(),
    types: z.array(z.string()),
    relationTypes: z.array(z.string()),
    limit: z.number().int().min(1).max(50),
  }),
  row: z.object({ nodes: z.array(nodeRow), edges: z.array(edgeRow) }),
});

const existsQuery = defineQuery({
  file: "graph/entities-exist.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()) }),
  row: z.object({ id: z.string() }),
});

export const MAX_PATH_HOPS = 6;

export interface PathHop {
  edge: ExplorerEdge;
  evidence: EvidenceItem[];
}

export interface ConnectionPaths {
  from: string;
  to: string;
  /** Each path: its entities in order, and one hop per step with its first sentences. */
  paths: { nodes: ExplorerNode[]; hops: PathHop[] }[];
  /** Hops of the shortest paths (0 when not connected within MAX_PATH_HOPS). */
  length: number;
}

/** "How is A connected to B": every shortest path, each hop with its evidence. */
export async function connectionPaths(request: {
  from: string;
  to: string;
  types?: RelationType[];
  limit?: number;
}): Promise<ConnectionPaths> {
  const { from, to } = request;
  if (from === to) throw new AppError("bad_request", "Choose two different entities.", { issues: [{ path: "to", message: "equals from" }] });
  const found = new Set((await runQuery(existsQuery, { ids: [from, to] })).map((r) => r.id));
  for (const id of [from, to]) if (!found.has(id)) throw new AppError("not_found", `There is no entity with the id "${id}".`);
  const rows = await runQuery(pathQuery, {
    from,
    to,
    types: toNeo4jTypes(request.types),
    relationTypes: NEO4J_RELATION_TYPES,
    limit: request.limit ?? 10,
  });
  const edgesByPath = rows.map((row) => toGraphEdges(row.edges));
  const evidence = await evidenceOf([...new Set(edgesByPath.flat().map((e) => e.id))]);
  const paths = rows.map((row, i) => ({
    nodes: row.nodes,
    hops: edgesByPath[i]!.map((edge) => ({ edge, evidence: evidence[edge.id] ?? [] })),
  }));
  return { from, to, paths, length: paths[0]?.hops.length ?? 0 };
}
