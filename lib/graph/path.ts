import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { ENTITY_TYPES, type EntityType } from "@/lib/schema/entity-types";
import type { RelationType } from "@/lib/schema/relations";
import { type EvidenceItem, evidenceOf } from "./evidence";
import { sentencesNamingBoth } from "./hop-sentence";
import type { ExplorerNode } from "./neighborhood";
import { edgeRow, type ExplorerEdge, nodeRow, toGraphEdges, toNeo4jTypes } from "./rows";

const pathQuery = defineQuery({
  file: "graph/path.cypher",
  mode: "READ",
  params: z.object({
    from: z.string(),
    to: z.string(),
    types: z.array(z.string()),
    entityTypes: z.array(z.string()),
    minEvidence: z.number().int().min(1),
    limit: z.number().int().min(1).max(50),
  }),
  row: z.object({
    nodes: z.array(nodeRow),
    edges: z.array(edgeRow),
    weakest: z.number(),
    total: z.number(),
  }),
});

const existsQuery = defineQuery({
  file: "graph/entities-exist.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()) }),
  row: z.object({ id: z.string() }),
});

export const MAX_PATH_HOPS = 6;
/** Sentences fetched per hop, to find one that names both ends. */
const SENTENCES_PER_HOP = 8;
/** Sentences each hop answers with, those naming both ends first. */
const SENTENCES_SHOWN = 3;

export interface PathHop {
  edge: ExplorerEdge;
  evidence: EvidenceItem[];
}

export interface ConnectionPath {
  nodes: ExplorerNode[];
  hops: PathHop[];
  /** Evidence sentences of the least stated hop, and of all hops together: what the ranking uses. */
  weakest: number;
  total: number;
}

export interface ConnectionPaths {
  from: string;
  to: string;
  /** Each path: its entities in order, and one hop per step with its first sentences; best first. */
  paths: ConnectionPath[];
  /** Hops of the shortest path found (0 when not connected within MAX_PATH_HOPS). */
  length: number;
}

export interface PathRequest {
  from: string;
  to: string;
  /** Relation types allowed on the way (all registry types when absent). */
  types?: RelationType[];
  /** Types of the entities allowed between the two ends (all when absent). */
  entityTypes?: EntityType[];
  minEvidence?: number;
  /** Up to this many paths (K), ranked by evidence. */
  limit?: number;
}

/** "How is A connected to B" within the view's types: up to K short paths ranked by evidence, each hop with its sentences. */
export async function connectionPaths(request: PathRequest): Promise<ConnectionPaths> {
  const { from, to } = request;
  if (from === to)
    throw new AppError("bad_request", "Choose two different entities.", {
      issues: [{ path: "to", message: "equals from" }],
    });
  const found = new Set((await runQuery(existsQuery, { ids: [from, to] })).map((r) => r.id));
  for (const id of [from, to])
    if (!found.has(id)) throw new AppError("not_found", `There is no entity with the id "${id}".`);
  const rows = await runQuery(pathQuery, {
    from,
    to,
    types: toNeo4jTypes(request.types),
    entityTypes: request.entityTypes?.length ? request.entityTypes : [...ENTITY_TYPES],
    minEvidence: request.minEvidence ?? 1,
    limit: request.limit ?? 10,
  });
  const edgesByPath = rows.map((row) => toGraphEdges(row.edges));
  const evidence = await evidenceOf(
    [...new Set(edgesByPath.flat().map((e) => e.id))],
    SENTENCES_PER_HOP,
  );
  const paths = rows.map((row, i) => {
    const names = new Map(row.nodes.map((n) => [n.id, n]));
    const hops = edgesByPath[i]!.map((edge) => {
      const a = names.get(edge.source);
      const b = names.get(edge.target);
      const sentences = evidence[edge.id] ?? [];
      return {
        edge,
        evidence: (a && b ? sentencesNamingBoth(sentences, a, b) : sentences).slice(
          0,
          SENTENCES_SHOWN,
        ),
      };
    });
    return { nodes: row.nodes, hops, weakest: row.weakest, total: row.total };
  });
  return {
    from,
    to,
    paths,
    length: paths.length ? Math.min(...paths.map((p) => p.hops.length)) : 0,
  };
}
