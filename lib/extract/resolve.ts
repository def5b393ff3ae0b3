/**
 * Within-document name resolution: every mention is tied to one entity. People's full names are
 * clustered by surname (spelling variants included) and compatible given names; a bare surname
 * joins the cluster it matches; organisations and places key on their canonical name.
 */
import type { EntityType } from "@/lib/schema/entity-types";
import type { Mention } from "./recognize";
import { givenNamesCompatible, surnamesMatch } from "./similarity";

export interface Entity {
  type: EntityType;
  name: string;
  surfaces: string[];
  /** Mentions as [sentenceIndex, mentionIndex]. */
  mentions: Array<[number, number]>;
  roles: string[];
  firstSentence: number;
}

interface PersonCluster {
  entity: number;
  given?: string;
  surname: string;
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

function nameParts(text: string): { given?: string; surname: string; tokens: string[] } {
  const tokens = text.split(/[\s.]+/).filter(Boolean);
  let end = tokens.length;
  while (end > 1 && SUFFIXES.has(tokens[end - 1]!.toLowerCase())) end--;
  const particle = (t: string | undefined) => t !== undefined && /^(de|da|van|von|bin|al|el|le|la|di|du|der)$/.test(t);
  let surnameStart = end - 1;
  while (surnameStart > 0 && particle(tokens[surnameStart - 1])) surnameStart--;
  return { given: surnameStart > 0 ? tokens[0] : undefined, surname: tokens[end - 1] ?? "", tokens };
}

const cleanSurface = (s: string) => s.replace(/\s+/g, " ").trim();

/** Resolve all mentions of a document (sentences of mentions) to entities; sets mention.entity. */
export function resolveEntities(doc: Mention[][]): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const people: PersonCluster[] = [];

  const entityFor = (key: string, type: EntityType, name: string, sentence: number): number => {
    const found = byKey.get(key);
    if (found !== undefined) return found;
    entities.push({ type, name, surfaces: [], mentions: [], roles: [], firstSentence: sentence });
    byKey.set(key, entities.length - 1);
    return entities.length - 1;
  };
  const attach = (si: number, mi: number, e: number) => {
    const m = doc[si]![mi]!;
    m.entity = e;
    const ent = entities[e]!;
    ent.mentions.push([si, mi]);
    const surface = cleanSurface(m.text);
    if (!ent.surfaces.includes(surface)) ent.surfaces.push(surface);
  };

  // Pass 1: gazetteer entries, organisations, full names.
  doc.forEach((ms, si) =>
    ms.forEach((m, mi) => {
      if (m.type === "Pronoun" || m.kind === "bare") return;
      if (m.canonical) return attach(si, mi, entityFor(`${m.type}:${m.canonical.toLowerCase()}`, m.type, m.canonical, si));
      if (m.type !== "Person") {
        const name = cleanSurface(m.text.replace(/^the\s+/i, ""));
        return attach(si, mi, entityFor(`${m.type}:${name.toLowerCase()}`, m.type, name, si));
      }
      const parts = nameParts(m.text);
      const match = people.find(
        (p) => surnamesMatch(p.surname, parts.surname) && givenNamesCompatible(p.given, parts.given),
      );
      if (match) return attach(si, mi, match.entity);
      const e = entityFor(`Person:${m.text.toLowerCase()}:${people.length}`, "Person", cleanSurface(m.text.replace(/\s+[A-Z]\.\s+/, " ")), si);
      people.push({ entity: e, given: parts.given, surname: parts.surname });
      attach(si, mi, e);
    }),
  );

  // Pass 2: acronyms in parentheses join their organisation; bare names join people or known names.
  doc.forEach((ms, si) =>
    ms.forEach((m, mi) => {
      if (m.acronymOf !== undefined) {
        const target = ms[m.acronymOf]?.entity;
        if (target !== undefined) {
          const old = m.entity;
          if (old !== undefined) {
            const ent = entities[old]!;
            ent.mentions = ent.mentions.filter(([a, b]) => !(a === si && b === mi));
          }
          attach(si, mi, target);
          byKey.set(`Organization:${m.text.toLowerCase()}`, target);
        }
      }
      if (m.kind !== "bare") return;
      const exact = people.filter((p) => p.surname.toLowerCase() === m.text.toLowerCase());
      const fuzzy = exact.length ? exact : people.filter((p) => surnamesMatch(p.surname, m.text));
      if (fuzzy.length) return attach(si, mi, fuzzy[0]!.entity);
      const known = byKey.get(`Organization:${m.text.toLowerCase()}`);
      if (known !== undefined) return attach(si, mi, known);
      if (m.titled) {
        const e = entityFor(`Person:${m.text.toLowerCase()}`, "Person", cleanSurface(m.text), si);
        if (!people.some((p) => p.entity === e)) people.push({ entity: e, surname: m.text });
        return attach(si, mi, e);
      }
    }),
  );
  // A second sweep for bare names seen before their titled mention ("Trump said ... President Trump").
  doc.forEach((ms, si) =>
    ms.forEach((m, mi) => {
      if (m.kind !== "bare" || m.entity !== undefined) return;
      const p = people.find((c) => c.surname.toLowerCase() === m.text.toLowerCase());
      if (p) attach(si, mi, p.entity);
    }),
  );
  return entities;
}
