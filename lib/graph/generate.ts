import { ENTITY_TYPES, type EntityType } from "@/lib/schema/entity-types";
import { entityId, relationId } from "@/lib/schema/ids";
import { RELATIONS, type RelationSpec } from "@/lib/schema/relations";

/**
 * A synthetic graph for benchmarks, deterministic for a seed: entities with pronounceable names,
 * relations that respect the registry's subject and object types, a skewed (hub-heavy) degree
 * distribution like real news graphs, 1-3 evidence sentences each in generated documents.
 */
export interface GeneratedEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface GeneratedRelation {
  id: string;
  s: string;
  o: string;
  type: string;
  label: string;
  confidence: number;
  evidence: { id: string; doc: string; date: string }[];
}

/** Share of each entity type among generated entities. */
const TYPE_SHARE: Record<EntityType, number> = {
  Person: 0.6,
  Organization: 0.25,
  Country: 0.05,
  Place: 0.1,
};

const SYLLABLES = [
  "ka",
  "ro",
  "vin",
  "mar",
  "tel",
  "os",
  "dri",
  "lev",
  "san",
  "bor",
  "ni",
  "qu",
  "zel",
  "ta",
  "mir",
  "gan",
  "ul",
  "pe",
  "cor",
  "fi",
];
const FIRST = [
  "Anna",
  "Boris",
  "Carla",
  "Dmitri",
  "Elena",
  "Farid",
  "Greta",
  "Hugo",
  "Irina",
  "Jonas",
  "Kemal",
  "Lena",
  "Marco",
  "Nadia",
  "Omar",
  "Petra",
  "Rafael",
  "Sofia",
  "Tomas",
  "Vera",
];
const ORG = ["Fund", "Bank", "Ministry", "Council", "Institute", "Group", "Agency", "Holdings"];
const PLACE = ["Port", "Hills", "Bay", "Springs", "Heights"];

/** A small fast PRNG (mulberry32): the same seed gives the same graph. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(n: number): string {
  const a = SYLLABLES[n % 20]!;
  const b = SYLLABLES[Math.floor(n / 20) % 20]!;
  const c = SYLLABLES[Math.floor(n / 400) % 20]!;
  const w = a + b + c;
  return w[0]!.toUpperCase() + w.slice(1);
}

export function entityName(type: EntityType, n: number): string {
  if (type === "Person") return `${FIRST[n % 20]} ${word(Math.floor(n / 20))}`;
  if (type === "Organization") return `${word(n)} ${ORG[Math.floor(n / 8000) % 8]}`;
  if (type === "Country") return `Republic of ${word(n + 3000)}`;
  return `${word(n + 5000)} ${PLACE[Math.floor(n / 8000) % 5]}`;
}

export interface Pools {
  byType: Record<EntityType, string[]>;
}

/** Entity i of `total`, its type chosen by TYPE_SHARE in contiguous blocks. */
export function generateEntities(total: number): GeneratedEntity[] {
  const out: GeneratedEntity[] = [];
  for (const type of ENTITY_TYPES) {
    const count = Math.round(total * TYPE_SHARE[type]);
    for (let n = 0; n < count && out.length < total; n++) {
      const name = `${entityName(type, n)}${n >= 8000 && type !== "Person" ? ` ${Math.floor(n / 8000) + 1}` : ""}`;
      out.push({
        id: `${entityId(type, name)}-g${n}`,
        name,
        type,
        aliases: [name.split(" ").at(-1)!],
      });
    }
  }
  return out;
}

export function poolsOf(entities: GeneratedEntity[]): Pools {
  const byType = { Person: [], Organization: [], Country: [], Place: [] } as Record<
    EntityType,
    string[]
  >;
  for (const e of entities) byType[e.type].push(e.id);
  return { byType };
}

function pick(pool: string[], rand: () => number, skew: number): string {
  return pool[Math.floor(pool.length * Math.pow(rand(), skew))]!;
}

function pickFrom(
  types: readonly EntityType[],
  pools: Pools,
  rand: () => number,
  skew: number,
): string {
  const candidates = types.filter((t) => pools.byType[t].length > 0);
  const type = candidates[Math.floor(rand() * candidates.length)]!;
  return pick(pools.byType[type], rand, skew);
}

const day = (rand: () => number) => {
  const d = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 1000) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

/**
 * Yields batches of unique relations (one per type, subject, object) until `total` are made.
 * Subjects are drawn with a strong skew (hubs), objects with a milder one.
 */
export function* generateRelations(
  total: number,
  pools: Pools,
  documents: number,
  batchSize: number,
  seed = 42,
): Generator<GeneratedRelation[]> {
  const rand = random(seed);
  const seen = new Set<string>();
  let batch: GeneratedRelation[] = [];
  const specs: readonly RelationSpec[] = RELATIONS;
  while (seen.size < total) {
    const spec = specs[Math.floor(rand() * specs.length)]!;
    const s = pickFrom(spec.subjectTypes, pools, rand, 2.2);
    const o = pickFrom(spec.objectTypes, pools, rand, 1.6);
    if (s === o) continue;
    const id = relationId(spec.name, s, o, spec.symmetric);
    if (seen.has(id)) continue;
    seen.add(id);
    const [a, b] = spec.symmetric && o < s ? [o, s] : [s, o];
    const count = rand() < 0.8 ? 1 : rand() < 0.7 ? 2 : 3;
    const dates = Array.from({ length: count }, () => day(rand)).sort();
    batch.push({
      id,
      s: a,
      o: b,
      type: spec.neo4jType,
      label: spec.label,
      confidence: Math.round((0.6 + rand() * 0.4) * 100) / 100,
      evidence: dates.map((date, i) => ({
        id: `${id}#${i}`,
        doc: `doc:gen-${Math.floor(rand() * documents)}`,
        date,
      })),
    });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
