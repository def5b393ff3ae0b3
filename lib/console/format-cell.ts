import type { Json, PlainNode, PlainPath, PlainRelationship } from "@/lib/neo4j/values";

/** A table cell's text for any value of a console row; graph values are named, not dumped. */
export function formatCell(value: Json): string {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(formatCell).join(", ")}]`;
  switch (value.kind) {
    case "node":
      return formatNode(value as unknown as PlainNode);
    case "relationship":
      return formatRelationship(value as unknown as PlainRelationship);
    case "path":
      return formatPath(value as unknown as PlainPath);
    default:
      return JSON.stringify(value);
  }
}

function nodeName(node: PlainNode): string {
  const { name, id } = node.properties;
  return typeof name === "string" ? name : typeof id === "string" ? id : node.elementId;
}

function formatNode(node: PlainNode): string {
  const labels = node.labels.filter((l) => l !== "Entity");
  return `(${labels.map((l) => `:${l}`).join("")}) ${nodeName(node)}`;
}

function formatRelationship(rel: PlainRelationship): string {
  const count = rel.properties.evidenceCount;
  return `[:${rel.type}]${typeof count === "number" ? ` ×${count}` : ""}`;
}

function formatPath(path: PlainPath): string {
  const parts = [nodeName(path.nodes[0]!)];
  path.relationships.forEach((rel, i) => {
    const from = path.nodes[i]!;
    const arrow = rel.start === from.elementId ? `-[:${rel.type}]->` : `<-[:${rel.type}]-`;
    parts.push(arrow, nodeName(path.nodes[i + 1]!));
  });
  return parts.join(" ");
}
