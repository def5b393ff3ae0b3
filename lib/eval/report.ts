import { CORE_RELATION_TYPES, RELATION_TYPES } from "@/lib/schema/relations";
import type { Prf } from "./metrics";
import type { CorpusScore, DocumentScore, RelationDetail } from "./score";

/** The scorer's human-readable report: plain text tables, one per concern. */

export interface ReportOptions {
  /** Also list each document's false positives and false negatives. */
  details?: boolean;
}

export function formatReport(score: CorpusScore, options: ReportOptions = {}): string {
  const sections = [
    formatTypeTable(score),
    formatDocumentTable(score.documents),
    formatEntities(score),
    formatNegatives(score),
  ];
  if (options.details) sections.push(formatAllDetails(score.documents));
  if (score.warnings.length > 0)
    sections.push(["warnings:", ...score.warnings.map((w) => `  ${w}`)].join("\n"));
  return sections.join("\n\n") + "\n";
}

const num = (value: number | null): string => (value === null ? "–" : value.toFixed(3));

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join("  ")
    .trimEnd();
}

function prfCells(prf: Prf): string[] {
  return [
    String(prf.tp),
    String(prf.fp),
    String(prf.fn),
    num(prf.precision),
    num(prf.recall),
    num(prf.f1),
  ];
}

function formatTypeTable(score: CorpusScore): string {
  const widths = [16, 5, 5, 5, 6, 6, 6];
  const lines = [row(["relation type", "tp", "fp", "fn", "P", "R", "F1"], widths)];
  for (const type of RELATION_TYPES) {
    const marker = CORE_RELATION_TYPES.includes(type) ? "*" : " ";
    lines.push(row([`${marker}${type}`, ...prfCells(score.byType[type])], widths));
  }
  lines.push(row(["core (micro)", ...prfCells(score.core)], widths));
  lines.push(row(["all (micro)", ...prfCells(score.all)], widths));
  lines.push("(* core type; – undefined: nothing predicted or nothing annotated)");
  return lines.join("\n");
}

function formatDocumentTable(documents: DocumentScore[]): string {
  const idWidth = Math.max(8, ...documents.map((d) => d.id.length));
  const widths = [idWidth, 7, 5, 5, 5, 6, 6, 6, 4, 5];
  const header = ["document", "core F1", "tp", "fp", "fn", "P", "R", "F1", "neg", "frag"];
  const lines = [row(header, widths)];
  for (const d of documents) {
    lines.push(
      row(
        [
          d.id,
          num(d.core.f1),
          ...prfCells(d.all),
          String(d.negatives.length),
          fragment(d.fragmentation),
        ],
        widths,
      ),
    );
  }
  return lines.join("\n");
}

const fragment = (value: number | null): string => (value === null ? "–" : value.toFixed(2));

function formatEntities(score: CorpusScore): string {
  const e = score.entities;
  return [
    `entities: ${e.predicted} predicted for ${e.gold} gold; ${e.mapped} map onto ${e.matchedGold} gold entities,` +
      ` ${e.predicted - e.mapped} map to none`,
    `fragmentation: ${fragment(score.fragmentation)} predicted entities per matched gold entity (1.00 = no splits)`,
  ].join("\n");
}

function formatNegatives(score: CorpusScore): string {
  const lines = [`negatives predicted: ${score.negativesPredicted}` + unscoredNote(score.unscored)];
  for (const d of score.documents) {
    for (const n of d.negatives)
      lines.push(`  ${d.id}: ${describe(n)}${n.reason ? ` (${n.reason})` : ""}`);
  }
  return lines.join("\n");
}

const unscoredNote = (count: number): string =>
  count > 0 ? `; ${count} relations of unscored types ignored` : "";

const describe = (r: RelationDetail): string => `${r.subject} —${r.type}→ ${r.object}`;

function formatAllDetails(documents: DocumentScore[]): string {
  const wrong = documents.filter((d) => d.falsePositives.length + d.falseNegatives.length > 0);
  if (wrong.length === 0) return "details: no false positives or false negatives";
  return wrong.map(formatDetails).join("\n\n");
}

function formatDetails(d: DocumentScore): string {
  const list = (label: string, items: RelationDetail[]) =>
    items.length === 0 ? [] : [`  ${label}:`, ...items.map((r) => `    ${describe(r)}`)];
  return [
    `${d.id}`,
    ...list("false positives", d.falsePositives),
    ...list("false negatives", d.falseNegatives),
  ].join("\n");
}
