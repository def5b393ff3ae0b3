import { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";
import {
  plainNode,
  plainRelationship,
  type PlainNode,
  type PlainRelationship,
} from "@/lib/neo4j/values";

/** Every node and relationship found in a result, each once, in the order first met. */
export interface FoundGraph {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

function isMap(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Collects nodes, relationships and the parts of paths from driver values, wherever they sit:
 * top-level columns, lists, maps, lists of maps of paths. De-duplicates by elementId. Only driver
 * graph types count: a map that merely looks like a node (`{labels: [...]}`) is data, not a node.
 */
export class GraphCollector {
  private readonly nodes = new Map<string, PlainNode>();
  private readonly relationships = new Map<string, PlainRelationship>();

  add(value: unknown): void {
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const item of value) this.add(item);
    } else if (isNode(value)) {
      this.addNode(value);
    } else if (isRelationship(value)) {
      this.addRelationship(value);
    } else if (isPath(value)) {
      this.addNode(value.start);
      for (const segment of value.segments) {
        this.addRelationship(segment.relationship);
        this.addNode(segment.end);
      }
    } else if (isMap(value)) {
      for (const item of Object.values(value)) this.add(item);
    }
  }

  private addNode(node: Node): void {
    if (!this.nodes.has(node.elementId)) this.nodes.set(node.elementId, plainNode(node));
  }

  private addRelationship(rel: Relationship): void {
    if (!this.relationships.has(rel.elementId))
      this.relationships.set(rel.elementId, plainRelationship(rel));
  }

  result(): FoundGraph {
    return { nodes: [...this.nodes.values()], relationships: [...this.relationships.values()] };
  }
}

/** The de-duplicated graph in a list of values (one call for a whole result's values). */
export function collectGraph(values: Iterable<unknown>): FoundGraph {
  const collector = new GraphCollector();
  for (const value of values) collector.add(value);
  return collector.result();
}
