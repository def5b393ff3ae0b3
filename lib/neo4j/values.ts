import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isPoint,
  isTime,
} from "neo4j-driver";
import type { Integer, Node, Path, Relationship } from "neo4j-driver";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface PlainNode {
  kind: "node";
  elementId: string;
  labels: string[];
  properties: Record<string, Json>;
}

export interface PlainRelationship {
  kind: "relationship";
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, Json>;
}

export interface PlainPath {
  kind: "path";
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

function isNode(value: object): value is Node {
  return value instanceof neo4j.types.Node;
}
function isRelationship(value: object): value is Relationship {
  return value instanceof neo4j.types.Relationship;
}
function isPath(value: object): value is Path {
  return value instanceof neo4j.types.Path;
}

function plainProperties(props: Record<string, unknown>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of Object.keys(props)) out[key] = toPlain(props[key]);
  return out;
}

export function plainNode(node: Node): PlainNode {
  return {
    kind: "node",
    elementId: node.elementId,
    labels: [...node.labels],
    properties: plainProperties(node.properties),
  };
}

export function plainRelationship(rel: Relationship): PlainRelationship {
  return {
    kind: "relationship",
    elementId: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

/** Integers that fit a JavaScript number become numbers; larger ones become decimal strings. */
function plainInteger(value: Integer): number | string {
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

/**
 * Converts anything the driver returns (Integer, temporal, spatial, node, relationship, path,
 * lists and maps of them) to plain JSON. The one place Neo4j's value types are known.
 */
export function toPlain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "bigint")
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== "object") return String(value);
  // A Cypher map arrives as a plain object; every Neo4j value type is a class. Maps make up most of
  // an explorer answer, so they skip the type checks below (143 -> 29 µs for a 30 KB neighbourhood).
  const prototype = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null)
    return plainProperties(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return plainInteger(value as Integer);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value)
  ) {
    return value.toString();
  }
  if (isDuration(value)) return value.toString();
  if (isPoint(value)) {
    return {
      srid: plainInteger(neo4j.int(value.srid)),
      x: value.x,
      y: value.y,
      ...(value.z !== undefined && { z: value.z }),
    };
  }
  if (isNode(value)) return plainNode(value) as unknown as Json;
  if (isRelationship(value)) return plainRelationship(value) as unknown as Json;
  if (isPath(value)) {
    const nodes = [plainNode(value.start), ...value.segments.map((s) => plainNode(s.end))];
    const relationships = value.segments.map((s) => plainRelationship(s.relationship));
    return { kind: "path", nodes, relationships } as unknown as Json;
  }
  return plainProperties(value as Record<string, unknown>);
}

/** Parameters travel as Neo4j values: whole numbers become Integers so `LIMIT $n` works. */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toNeo4jParams(v);
    return out;
  }
  return value;
}
