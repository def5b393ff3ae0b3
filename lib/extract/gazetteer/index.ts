/** Lookup tables built once from the shipped gazetteers. Keys are lower-case token sequences. */
import type { EntityType } from "@/lib/schema/entity-types";
import { tokenize } from "../tokens";
import { CAPITAL_CANONICAL, COUNTRIES } from "./countries";
import { ORGANIZATIONS, PLACE_CANONICAL, PLACES } from "./organizations";

export type GazetteerKind = "country" | "demonym" | "capital" | "org" | "place";

export interface GazetteerHit {
  type: EntityType;
  canonical: string;
  kind: GazetteerKind;
  /** The alias must match case-sensitively (short all-caps forms such as "US" or "UN"). */
  exactCase?: string;
  /** For capitals: the country it is the seat of government of. */
  country?: string;
}

export const GAZETTEER = new Map<string, GazetteerHit[]>();
export let MAX_GAZETTEER_TOKENS = 1;

function key(text: string): string {
  return tokenize(text)
    .map((t) => t.lower)
    .join(" ");
}

function add(text: string, hit: GazetteerHit): void {
  const k = key(text);
  const n = k.split(" ").length;
  MAX_GAZETTEER_TOKENS = Math.max(MAX_GAZETTEER_TOKENS, n);
  const exact =
    text.length <= 4 && text === text.toUpperCase() && !text.includes(".") ? text : undefined;
  const list = GAZETTEER.get(k) ?? [];
  list.push(exact ? { ...hit, exactCase: exact } : hit);
  GAZETTEER.set(k, list);
}

for (const c of COUNTRIES) {
  add(c.name, { type: "Country", canonical: c.name, kind: "country" });
  for (const a of c.aliases) add(a, { type: "Country", canonical: c.name, kind: "country" });
  for (const d of c.demonyms) {
    add(d, { type: "Country", canonical: c.name, kind: "demonym" });
    // "the Americans", "the Saudis": the people of a country, read as its side.
    if (/(?:an|i)$/.test(d)) add(`${d}s`, { type: "Country", canonical: c.name, kind: "demonym" });
  }
  for (const cap of c.capitals) {
    add(cap, {
      type: "Place",
      canonical: CAPITAL_CANONICAL[cap] ?? cap,
      kind: "capital",
      country: c.name,
    });
  }
}
for (const o of ORGANIZATIONS) {
  add(o.name, { type: "Organization", canonical: o.name, kind: "org" });
  for (const a of o.aliases) add(a, { type: "Organization", canonical: o.name, kind: "org" });
}
for (const p of PLACES) {
  if (!GAZETTEER.has(key(p)))
    add(p, { type: "Place", canonical: PLACE_CANONICAL[p] ?? p, kind: "place" });
}

/** The capital of each country, by canonical country name ("the Russian capital"). */
export const CAPITAL_BY_COUNTRY = new Map<string, string>();
for (const c of COUNTRIES)
  if (c.capitals[0])
    CAPITAL_BY_COUNTRY.set(c.name, CAPITAL_CANONICAL[c.capitals[0]] ?? c.capitals[0]);

/** The country whose capital this place is, by canonical place name. */
export const CAPITAL_OF = new Map<string, string>();
for (const c of COUNTRIES)
  for (const cap of c.capitals) CAPITAL_OF.set(CAPITAL_CANONICAL[cap] ?? cap, c.name);

/** The usual adjective of each country ("Russian"), by canonical name, for names like "Russian Foreign Ministry". */
export const DEMONYM_OF = new Map<string, string>();
for (const c of COUNTRIES) if (c.demonyms[0]) DEMONYM_OF.set(c.name, c.demonyms[0]);
