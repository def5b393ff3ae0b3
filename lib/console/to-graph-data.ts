import { ENTITY_TYPES, type EntityType } from "@/lib/schema/entity-types";
import type { GraphData, GraphEdge, GraphNode } from "@/lib/schema/graph";
import { relationSpecByNeo4jType } from "@/lib/schema/relations";
import type { Json } from "@/lib/neo4j/values";
import type { FoundGraph } from "./collect-graph";

/** An :Entity as the app stores it, looked up by the elementId a console result carried. */
export interface EntityRow {
  elementId: string;
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  degree: number;
}

/** How much of a result could be drawn: only entities and registry relations between them. */
export interface DrawnCounts {
  nodes: number;
  relationships: number;
  drawnNodes: number;
  drawnEdges: number;
}

/**
 * ElementIds whose Entity must be looked up to draw the result: nodes labelled :Entity, and the
 * ends of registry relationships (a query may return `r` alone, without its nodes).
 */
export function entityLookupIds(found: FoundGraph): string[] {
  const ids = new Set<string>();
  for (const node of found.nodes) if (node.labels.includes("Entity")) ids.add(node.elementId);
  for (const rel of found.relationships) {
    if (!relationSpecByNeo4jType(rel.type)) continue;
    ids.add(rel.start);
    ids.add(rel.end);
  }
  return [...ids];
}

/** The entity type of a stored node: its `type` property, else its type label. */
export function entityTypeOf(
  type: unknown,
  labels: readonly string[] = [],
): EntityType | undefined {
  const known = (value: unknown): value is EntityType => ENTITY_TYPES.includes(value as EntityType);
  if (known(type)) return type;
  return labels.find(known);
}

const asNumber = (value: Json | undefined): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;
const asString = (value: Json | undefined): string | null =>
  typeof value === "string" ? value : null;

function toEdge(
  rel: FoundGraph["relationships"][number],
  source: string,
  target: string,
): GraphEdge | undefined {
  const spec = relationSpecByNeo4jType(rel.type);
  if (!spec) return undefined;
  const evidenceCount = asNumber(rel.properties.evidenceCount);
  const confidence = asNumber(rel.properties.confidence);
  return {
    id: asString(rel.properties.id) ?? `console:${rel.elementId}`,
    type: spec.name as GraphEdge["type"],
    source,
    target,
    evidenceCount:
      evidenceCount !== undefined && Number.isInteger(evidenceCount) && evidenceCount >= 0
        ? evidenceCount
        : 0,
    ...(confidence !== undefined && confidence >= 0 && confidence <= 1 && { confidence }),
    firstSeen: asString(rel.properties.firstSeen),
    lastSeen: asString(rel.properties.lastSeen),
  };
}

/**
 * Maps what a console result contained to the app's GraphData: entities become nodes, registry
 * relationships between two of them become edges (edges are de-duplicated by their `id`).
 * Other nodes (documents, evidence) stay in the table and the JSON; they are counted, not drawn.
 */
export function toGraphData(
  found: FoundGraph,
  entities: EntityRow[],
): { graph: GraphData; counts: DrawnCounts } {
  const byElementId = new Map(entities.map((e) => [e.elementId, e]));
  const nodes = new Map<string, GraphNode>();
  const addNode = (entity: EntityRow) => {
    if (!nodes.has(entity.id))
      nodes.set(entity.id, {
        id: entity.id,
        name: entity.name,
        type: entity.type,
        aliases: entity.aliases,
        degree: entity.degree,
      });
  };
  for (const node of found.nodes) {
    const entity = byElementId.get(node.elementId);
    if (entity) addNode(entity);
  }
  const edges = new Map<string, GraphEdge>();
  for (const rel of found.relationships) {
    const source = byElementId.get(rel.start);
    const target = byElementId.get(rel.end);
    if (!source || !target) continue;
    const edge = toEdge(rel, source.id, target.id);
    if (!edge || edges.has(edge.id)) continue;
    addNode(source);
    addNode(target);
    edges.set(edge.id, edge);
  }
  const graph = { nodes: [...nodes.values()], edges: [...edges.values()] };
  return {
    graph,
    counts: {
      nodes: found.nodes.length,
      relationships: found.relationships.length,
      drawnNodes: graph.nodes.length,
      drawnEdges: graph.edges.length,
    },
  };
}

/** Adds a result's graph to what is drawn already ("add to the canvas"): union by node and edge id. */
export function mergeGraphs(drawn: GraphData, added: GraphData): GraphData {
  const nodes = new Map(drawn.nodes.map((n) => [n.id, n]));
  for (const node of added.nodes) nodes.set(node.id, node);
  const edges = new Map(drawn.edges.map((e) => [e.id, e]));
  for (const edge of added.edges) edges.set(edge.id, edge);
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
