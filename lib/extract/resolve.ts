/**
 * Within-document name resolution: every mention is tied to one entity. People's full names are
 * clustered by surname (spelling variants included) and compatible given names; a bare surname
 * joins the cluster it matches; organisations and places key on their canonical name.
 */
import type { EntityType } from "@/lib/schema/entity-types";
import { COUNTRIES } from "./gazetteer/countries";
import { leaderBySurname, leaderCountry } from "./gazetteer/leaders";
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
  const particle = (t: string | undefined) =>
    t !== undefined && /^(de|da|van|von|bin|al|el|le|la|di|du|der)$/.test(t);
  let surnameStart = end - 1;
  while (surnameStart > 0 && particle(tokens[surnameStart - 1])) surnameStart--;
  return {
    given: surnameStart > 0 ? tokens[0] : undefined,
    surname: tokens[end - 1] ?? "",
    tokens,
  };
}

const cleanSurface = (s: string) => s.replace(/\s+/g, " ").trim();

/** Resolve all mentions of a document (sentences of mentions) to entities; sets mention.entity. */
export function resolveEntities(doc: Mention[][]): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const people: PersonCluster[] = [];
  // The same spelling always resolves the same way (clusters are only appended), so it is memoised.
  const fullNameMemo = new Map<string, number>();
  const bareMemo = new Map<string, number>();

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
      if (
        m.type === "Pronoun" ||
        m.kind === "bare" ||
        m.kind === "nominal" ||
        m.acronymOf !== undefined
      )
        return;
      if (m.canonical)
        return attach(
          si,
          mi,
          entityFor(`${m.type}:${m.canonical.toLowerCase()}`, m.type, m.canonical, si),
        );
      if (m.type !== "Person") {
        const name = cleanSurface(m.text.replace(/^the\s+/i, ""));
        return attach(si, mi, entityFor(`${m.type}:${name.toLowerCase()}`, m.type, name, si));
      }
      const memo = fullNameMemo.get(m.text);
      if (memo !== undefined) return attach(si, mi, memo);
      const parts = nameParts(m.text);
      const match = people.find(
        (p) =>
          surnamesMatch(p.surname, parts.surname) && givenNamesCompatible(p.given, parts.given),
      );
      if (match) {
        fullNameMemo.set(m.text, match.entity);
        return attach(si, mi, match.entity);
      }
      const e = entityFor(
        `Person:${m.text.toLowerCase()}:${people.length}`,
        "Person",
        cleanSurface(m.text.replace(/\s+[A-Z]\.\s+/, " ")),
        si,
      );
      people.push({ entity: e, given: parts.given, surname: parts.surname });
      fullNameMemo.set(m.text, e);
      attach(si, mi, e);
    }),
  );

  /** The person a bare surname names: exact surname first, then a spelling variant; memoised, misses included. */
  const personBySurname = (text: string): number | undefined => {
    const memo = bareMemo.get(text);
    if (memo !== undefined) return memo >= 0 ? memo : undefined;
    const lower = text.toLowerCase();
    const found =
      people.find((p) => p.surname.toLowerCase() === lower) ??
      people.find((p) => surnamesMatch(p.surname, text));
    bareMemo.set(text, found ? found.entity : -1);
    return found?.entity;
  };

  const countriesNamed = new Set(
    doc.flatMap((ms) =>
      ms.flatMap((m) => (m.type === "Country" && m.canonical ? [m.canonical] : [])),
    ),
  );
  // Pass 2: acronyms in parentheses join their organisation; bare names join people or known names.
  doc.forEach((ms, si) =>
    ms.forEach((m, mi) => {
      if (m.acronymOf !== undefined) {
        const target = ms[m.acronymOf]?.entity;
        const e =
          target ??
          entityFor(
            `Organization:${m.text.toLowerCase()}`,
            "Organization",
            cleanSurface(m.text),
            si,
          );
        byKey.set(`Organization:${m.text.toLowerCase()}`, e);
        return attach(si, mi, e);
      }
      if (m.kind !== "bare") return;
      const person = personBySurname(m.text);
      if (person !== undefined) return attach(si, mi, person);
      const known = byKey.get(`Organization:${m.text.toLowerCase()}`);
      if (known !== undefined) return attach(si, mi, known);
      // "Putin" alone, in a text that names Russia: the one leader of that surname (leaders table).
      const leader = leaderBySurname(m.text);
      const famous =
        leader !== undefined && countriesNamed.has(leaderCountry(leader) ?? "")
          ? leader
          : undefined;
      if (m.titled || famous !== undefined) {
        const name = famous ?? cleanSurface(m.text);
        const e = entityFor(`Person:${name.toLowerCase()}`, "Person", name, si);
        if (!people.some((p) => p.entity === e)) {
          people.push({ entity: e, surname: m.text });
          bareMemo.clear(); // earlier misses may match the new person
        }
        return attach(si, mi, e);
      }
    }),
  );
  // A second sweep for bare names seen before their titled mention ("Trump said ... President Trump").
  doc.forEach((ms, si) =>
    ms.forEach((m, mi) => {
      if (m.kind !== "bare" || m.entity !== undefined) return;
      const p = personBySurname(m.text);
      if (p !== undefined) attach(si, mi, p);
    }),
  );
  joinShortOrganisations(doc, entities);
  return entities;
}

/** Names and demonyms of each country, lower-cased, by canonical name. */
const COUNTRY_WORDS = new Map(
  COUNTRIES.map((c) => [c.name, [c.name, ...c.aliases, ...c.demonyms].map((w) => w.toLowerCase())]),
);

/**
 * "Russia's sovereign wealth fund" in a story that names the "Russian Direct Investment Fund":
 * the description is the one named organisation with the same head word and that country in its name.
 */
function describedOrganisation(entities: Entity[], orgs: number[], i: number): number | undefined {
  const d = /^(.+?)'s?\s+(?:[a-z-]+\s+){0,4}([a-z]+)$/.exec(entities[i]!.name);
  if (!d) return undefined;
  const words =
    COUNTRY_WORDS.get(d[1]!) ??
    [...COUNTRY_WORDS.values()].find((w) => w.includes(d[1]!.toLowerCase()));
  if (!words) return undefined;
  const head = d[2]!;
  const named = orgs.filter((j) => {
    const name = entities[j]!.name.toLowerCase();
    return (
      j !== i &&
      !/'s?\s/.test(name) &&
      name.endsWith(` ${head}`) &&
      words.some((w) => name.startsWith(`${w} `) || name.includes(` ${w} `))
    );
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "Foreign Ministry" in a story that named the "Russian Foreign Ministry": the short name joins
 * the one longer name it ends, when the longer one differs only by a country adjective.
 */
function joinShortOrganisations(doc: Mention[][], entities: Entity[]): void {
  const orgs = entities.flatMap((e, i) => (e.type === "Organization" ? [i] : []));
  if (orgs.length < 2) return;
  const target = new Map<number, number>();
  for (const i of orgs) {
    const name = entities[i]!.name;
    const described = describedOrganisation(entities, orgs, i);
    if (described !== undefined) {
      target.set(i, described);
      continue;
    }
    if (
      !/^(?:Foreign|Defen[cs]e|Finance|Interior|Justice|Economy|Energy|Trade|Health)\s+Ministry$/.test(
        name,
      )
    )
      continue;
    const longer = orgs.filter(
      (j) =>
        j !== i &&
        entities[j]!.name.endsWith(` ${name}`) &&
        entities[j]!.name.split(" ").length <= name.split(" ").length + 1,
    );
    if (longer.length === 1) target.set(i, longer[0]!);
  }
  if (target.size === 0) return;
  doc.forEach((ms) =>
    ms.forEach((m) => {
      const to = m.entity === undefined ? undefined : target.get(m.entity);
      if (to === undefined) return;
      const from = entities[m.entity!]!;
      m.entity = to;
      const ent = entities[to]!;
      for (const surface of from.surfaces)
        if (!ent.surfaces.includes(surface)) ent.surfaces.push(surface);
    }),
  );
  for (const [from, to] of target) {
    entities[to]!.mentions.push(...entities[from]!.mentions);
    entities[from]!.mentions = [];
    entities[from]!.surfaces = [];
  }
}
