import type { Snapshot } from "../envelope";
import { relationLabel } from "../style";
import { edgeLabel } from "@/lib/view/relation-label";
import { edgeSources } from "./sources";

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
export function csvField(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function nodesCsv(snapshot: Snapshot): string {
  return csv(
    ["id", "label", "type", "degree", "aliases", "x", "y"],
    snapshot.nodes.map((n) => [
      n.id,
      n.label,
      n.type,
      n.degree,
      n.aliases.join("; "),
      n.position.x,
      n.position.y,
    ]),
  );
}

export function edgesCsv(snapshot: Snapshot): string {
  return csv(
    ["id", "source", "target", "type", "label", "evidenceCount", "sources", "role"],
    snapshot.edges.map((e) => [
      e.id,
      e.source,
      e.target,
      e.type,
      edgeLabel(e.type, e.role, relationLabel(snapshot.style, e.type)),
      e.evidenceCount,
      edgeSources(e).join("; "),
      e.role ?? "",
    ]),
  );
}
