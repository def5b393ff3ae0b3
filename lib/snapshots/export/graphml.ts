import type { Snapshot } from "../envelope";
import { relationLabel } from "../style";
import { edgeSources } from "./sources";
import { escapeXml } from "./xml";
import { edgeLabel } from "@/lib/view/relation-label";

interface Key {
  id: string;
  for: "node" | "edge" | "graph";
  name: string;
  type: "string" | "int" | "double";
}

// Declared keys: Gephi, yEd and networkx read attributes only through <key> declarations.
const KEYS: Key[] = [
  { id: "label", for: "node", name: "label", type: "string" },
  { id: "type", for: "node", name: "type", type: "string" },
  { id: "degree", for: "node", name: "degree", type: "int" },
  { id: "aliases", for: "node", name: "aliases", type: "string" },
  { id: "x", for: "node", name: "x", type: "double" },
  { id: "y", for: "node", name: "y", type: "double" },
  { id: "color", for: "node", name: "color", type: "string" },
  { id: "etype", for: "edge", name: "type", type: "string" },
  { id: "elabel", for: "edge", name: "label", type: "string" },
  { id: "role", for: "edge", name: "role", type: "string" },
  { id: "evidenceCount", for: "edge", name: "evidenceCount", type: "int" },
  { id: "sources", for: "edge", name: "sources", type: "string" },
  { id: "ecolor", for: "edge", name: "color", type: "string" },
  { id: "title", for: "graph", name: "title", type: "string" },
];

const data = (key: string, value: string | number): string =>
  `<data key="${key}">${escapeXml(String(value))}</data>`;

/**
 * GraphML 1.0 of a snapshot: typed attribute keys, one <node> per entity with its position and
 * one <edge> per relation with its type, evidence count and sources ("; "-separated).
 */
export function toGraphml(snapshot: Snapshot): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
    `    ${data("title", snapshot.title)}`,
  ];
  for (const n of snapshot.nodes) {
    const color = snapshot.style.entities[n.type]?.color ?? "";
    lines.push(
      `    <node id="${escapeXml(n.id)}">${data("label", n.label)}${data("type", n.type)}${data("degree", n.degree)}` +
        `${data("aliases", n.aliases.join("; "))}${data("x", n.position.x)}${data("y", n.position.y)}${data("color", color)}</node>`,
    );
  }
  for (const e of snapshot.edges) {
    const color = snapshot.style.relations[e.type]?.color ?? "";
    lines.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
        `${data("etype", e.type)}${data("elabel", edgeLabel(e.type, e.role, relationLabel(snapshot.style, e.type)))}` +
        `${e.role ? data("role", e.role) : ""}${data("evidenceCount", e.evidenceCount)}` +
        `${data("sources", edgeSources(e).join("; "))}${data("ecolor", color)}</edge>`,
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
