import type { ExtractedEntity, ExtractedRelation, Extraction } from "@/lib/schema/extraction";
import { entityId } from "@/lib/schema/ids";
import { RELATIONS, type RelationType } from "@/lib/schema/relations";
import type { EntityType } from "@/lib/schema/entity-types";
import type { PreparedDocument } from "./plan";

/**
 * Generated, already-extracted documents for the throughput benchmark, the fault check and the
 * database tests: deterministic (document n is always the same), valid against the registry,
 * and made one at a time so a 100,000-document corpus never sits in memory.
 */

export interface SyntheticOptions {
  /** Entities per type in the pool the documents draw from. */
  poolSize?: number;
  /** Relations (each with its own evidence sentence) per document. */
  relationsPerDocument?: number;
  /** Changes every text and name, so separate runs do not collide. */
  seed?: string;
}

/** A small fast PRNG (mulberry32): the same seed gives the same corpus on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entityName(type: EntityType, n: number, seed: string): string {
  return `${type} ${seed} ${n}`;
}

export function syntheticDocument(index: number, options: SyntheticOptions = {}): PreparedDocument {
  const poolSize = options.poolSize ?? 2000;
  const perDoc = options.relationsPerDocument ?? 10;
  const seed = options.seed ?? "s";
  const next = random(index * 7919 + 17);
  const pick = (types: readonly EntityType[]) => {
    const type = types[Math.floor(next() * types.length)]!;
    // Squaring skews the draw toward low numbers: some entities appear in many documents.
    const n = Math.floor(next() * next() * poolSize);
    return { type, name: entityName(type, n, seed) };
  };

  const entities = new Map<string, ExtractedEntity>();
  const relations: ExtractedRelation[] = [];
  let text = `Report ${seed}-${index}.`;
  const mention = (who: { type: EntityType; name: string }, start: number) => {
    const id = entityId(who.type, who.name);
    const entity = entities.get(id) ?? {
      id,
      name: who.name,
      type: who.type,
      aliases: [],
      roles: [],
      mentions: [],
    };
    entity.mentions.push({ start, end: start + who.name.length, text: who.name });
    entities.set(id, entity);
    return id;
  };
  for (let k = 0; k < perDoc; k++) {
    const spec = RELATIONS[Math.floor(next() * RELATIONS.length)]!;
    const subject = pick(spec.subjectTypes);
    let object = pick(spec.objectTypes);
    if (object.name === subject.name) object = { ...object, name: `${object.name}b` };
    const start = text.length + 1;
    const sentence = `${subject.name} ${spec.label} ${object.name} in event ${k}.`;
    text += ` ${sentence}`;
    const subjectId = mention(subject, start);
    const objectId = mention(object, start + subject.name.length + spec.label.length + 2);
    relations.push({
      type: spec.name as RelationType,
      subject: subjectId,
      object: objectId,
      confidence: Math.round((0.5 + next() / 2) * 100) / 100,
      evidence: { sentence, start, end: start + sentence.length },
      date: `2025-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (k % 28)).padStart(2, "0")}`,
    });
  }
  const extraction: Extraction = {
    extractorVersion: "synthetic-1",
    document: { title: `Report ${index}`, publishedAt: "2025-06-01", length: text.length },
    entities: [...entities.values()],
    relations,
  };
  return {
    text,
    meta: { title: `Report ${index}`, source: "synthetic", publishedAt: "2025-06-01" },
    extraction,
  };
}

/** Documents `from` (inclusive) to `to` (exclusive), generated lazily. */
export function* syntheticCorpus(
  from: number,
  to: number,
  options: SyntheticOptions = {},
): Generator<PreparedDocument> {
  for (let i = from; i < to; i++) yield syntheticDocument(i, options);
}
