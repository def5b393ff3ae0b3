import { ENTITY_TYPES } from "@/lib/schema/entity-types";
import type { Extraction } from "@/lib/schema/extraction";

/**
 * A person-readable summary of one extraction, for `npm run extract`: entities grouped by type
 * with their aliases, relations as `subject —type→ object` with a shortened evidence sentence.
 * Meant for eyes, not for parsing; machines read the prediction lines instead.
 */

export interface DescribeOptions {
  /** Document label for the heading, usually its id. */
  label: string;
  title?: string;
  milliseconds?: number;
  /** Longest evidence excerpt shown, in characters. */
  evidenceWidth?: number;
}

export function describeExtraction(extraction: Extraction, options: DescribeOptions): string {
  const lines = [heading(extraction, options)];
  for (const type of ENTITY_TYPES) {
    const entities = extraction.entities.filter((e) => e.type === type);
    if (entities.length === 0) continue;
    lines.push(`  ${type} (${entities.length})`);
    for (const e of entities)
      lines.push(`    ${e.name}${e.aliases.length > 0 ? `  [${e.aliases.join(", ")}]` : ""}`);
  }
  lines.push(...describeRelations(extraction, options.evidenceWidth ?? 100));
  return lines.join("\n");
}

function heading(extraction: Extraction, options: DescribeOptions): string {
  const title = options.title && options.title !== options.label ? ` · ${options.title}` : "";
  const time = options.milliseconds === undefined ? "" : `, ${options.milliseconds.toFixed(1)} ms`;
  const counts = `${plural(extraction.entities.length, "entity", "entities")}, ${plural(extraction.relations.length, "relation", "relations")}`;
  return `■ ${options.label}${title}\n  ${counts}${time}`;
}

function describeRelations(extraction: Extraction, width: number): string[] {
  if (extraction.relations.length === 0) return [];
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const lines = [`  Relations (${extraction.relations.length})`];
  for (const r of extraction.relations) {
    const subject = names.get(r.subject) ?? r.subject;
    const object = names.get(r.object) ?? r.object;
    lines.push(`    ${subject} —${r.type}→ ${object}  (${r.confidence.toFixed(2)})`);
    lines.push(`      “${shorten(r.evidence.sentence, width)}”`);
  }
  return lines;
}

/** Whitespace collapsed and cut at a word boundary near `width`, with an ellipsis. */
export function shorten(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= width) return flat;
  const cut = flat.slice(0, width - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > width / 2 ? cut.slice(0, space) : cut}…`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
