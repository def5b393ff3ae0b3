import { RELATIONS, type RelationSpec } from "@/lib/schema/relations";

/** Words kept lower case inside an office's name ("Secretary of State", "Chief of Staff"). */
const SMALL_WORDS = new Set(["of", "the", "and", "for", "to", "in", "on"]);

/** An office as a title: "secretary of state" → "Secretary of State"; acronyms kept ("CIA director" → "CIA Director"). */
export function titleCase(role: string): string {
  return role
    .trim()
    .split(/\s+/)
    .map((word, i) =>
      i > 0 && SMALL_WORDS.has(word.toLowerCase())
        ? word.toLowerCase()
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(" ");
}

/**
 * What a line says on the canvas, in lists and in exports. A `leads` line with a role reads as
 * that office ("Secretary of State"), so "Rubio leads United States" does not read as a claim
 * that he is its president; without a role it stays the registry's label.
 */
export function edgeLabel(type: string, role: string | null | undefined, label?: string): string {
  if (type === "leads" && role?.trim()) return titleCase(role);
  return label ?? RELATIONS.find((r) => r.name === type)?.label ?? type.replaceAll("_", " ");
}

/** A relation as a sentence: "Marco Rubio, Secretary of State of United States"; "A met with B" otherwise. */
export function relationSentence(
  type: string,
  role: string | null | undefined,
  source: string,
  target: string,
): string {
  if (type === "leads" && role?.trim()) return `${source}, ${titleCase(role)} of ${target}`;
  return `${source} ${edgeLabel(type, role)} ${target}`;
}

/** A relation type's name in the legend and filters: `leads` says that the line carries the office. */
export function legendLabel(spec: Pick<RelationSpec, "name" | "label">): string {
  return spec.name === "leads" ? "holds office (role on the line)" : spec.label;
}
