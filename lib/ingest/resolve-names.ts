import {
  foldName,
  givenNamesCompatible,
  phoneticKey,
  surnamesMatch,
} from "@/lib/extract/similarity";

/**
 * Cross-document name resolution (pure, no I/O): decides which entity of the graph, or of an
 * earlier document of the same batch, an extracted entity is. The extractor resolves spelling
 * variants inside one article; here "Kirill Dmitriyev" of one article meets "Kirill Dmitriev" of
 * another. The rule is the extractor's own (lib/extract/similarity.ts), applied to whole names:
 *
 * - Same type only; a Person never becomes an Organization.
 * - The same name after normalisation (accents, case, punctuation, a leading "the") as the other's
 *   name or one of its aliases is the same entity. For people only full names count (a given name
 *   of two letters or more), so a shared bare surname or "A. Petrova" never joins two people.
 * - People: surnames that are spellings of one name and compatible given names (Kiril/Kirill,
 *   Witkov/Witkoff). A name without a full given name ("Petrova", "A. Petrova") joins only when
 *   exactly one person fits it.
 * - Ids already in the graph stay: an extracted id the graph has is that entity, and a new
 *   spelling joins an existing entity rather than renaming it (links and snapshots keep working).
 *   Among several that fit, the one with more evidence wins; a new cluster inside a batch is named
 *   after its most mentioned spelling.
 * - Pairs a person separated by undoing a merge are never joined again.
 */

export interface NamedEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
}

/** An entity already in the graph, with how much supports it (documents that mention it). */
export interface KnownEntity extends NamedEntity {
  weight: number;
}

/** One extracted entity of the batch (ids after recorded merges), in document order. */
export interface BatchEntity extends NamedEntity {
  /** Index of its document in the batch. */
  document: number;
  /** Mentions in its document. */
  weight: number;
}

export interface Resolved {
  id: string;
  name: string;
}

/** Lower case, accents folded, punctuation to spaces, a leading "the" dropped. */
export function nameKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words[0] === "the" && words.length > 1) words.shift();
  return words.join(" ");
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
const PARTICLES = new Set([
  "de",
  "da",
  "van",
  "von",
  "bin",
  "al",
  "el",
  "le",
  "la",
  "di",
  "du",
  "der",
]);

/** Given name and surname as lib/extract/resolve.ts reads them (suffixes and particles skipped). */
export function personParts(name: string): { given?: string; surname: string } {
  const tokens = name.split(/[\s.]+/).filter(Boolean);
  let end = tokens.length;
  while (end > 1 && SUFFIXES.has(tokens[end - 1]!.toLowerCase())) end--;
  let surnameStart = end - 1;
  while (surnameStart > 0 && PARTICLES.has(tokens[surnameStart - 1]!)) surnameStart--;
  return { given: surnameStart > 0 ? tokens[0] : undefined, surname: tokens[end - 1] ?? "" };
}

/** A person's name with a given name of two letters or more: specific enough to match on alone. */
function isFullName(name: string): boolean {
  const { given } = personParts(name);
  return given !== undefined && foldName(given).length >= 2;
}

/** The normalised names an entity can be found by exactly. */
export function exactKeys(entity: NamedEntity): string[] {
  const names = [entity.name, ...entity.aliases];
  const usable = entity.type === "Person" ? names.filter(isFullName) : names;
  return [...new Set(usable.map(nameKey).filter(Boolean))];
}

/** Surnames a person's names end in (for the candidate search), folded; empty for other types. */
export function surnameKeys(entity: NamedEntity): string[] {
  if (entity.type !== "Person") return [];
  return [
    ...new Set(
      [entity.name, ...entity.aliases]
        .map((n) => foldName(personParts(n).surname))
        .filter((s) => s.length >= 2),
    ),
  ];
}

type Strength = "exact" | "strong" | "weak";

/** How `a` fits `b`: exact name, a spelling variant with a full given name, a bare/initial name, or not. */
export function matchStrength(a: NamedEntity, b: NamedEntity): Strength | null {
  if (a.type !== b.type) return null;
  const keys = new Set(exactKeys(b));
  if (exactKeys(a).some((k) => keys.has(k))) return "exact";
  // Digits are not letters to foldName ("Person 12b" and "Person 2b" would fold alike): exact only.
  if (a.type !== "Person" || /\d/.test(a.name) || /\d/.test(b.name)) return null;
  const pa = personParts(a.name);
  const pb = personParts(b.name);
  if (!surnamesMatch(pa.surname, pb.surname) || !givenNamesCompatible(pa.given, pb.given))
    return null;
  return isFullName(a.name) && isFullName(b.name) ? "strong" : "weak";
}

interface Cluster {
  /** The graph's entity this cluster is, if any; otherwise a new entity named after its best member. */
  known?: KnownEntity;
  members: BatchEntity[];
  documents: Set<number>;
  weight: number;
}

/**
 * Where an entity can find its matches: its exact names, and for a person its surname's sound
 * class (first letter of the sound key, which folds w/v/f, c/k/q, l/r). Only entities sharing a
 * block are compared, so a batch costs about its size, not its size squared.
 */
function blockKeys(entity: NamedEntity): string[] {
  const keys = exactKeys(entity).map((k) => `=${entity.type}:${k}`);
  if (entity.type === "Person" && !/\d/.test(entity.name)) {
    const key = phoneticKey(personParts(entity.name).surname);
    if (key) keys.push(`~${key[0]}`);
  }
  return keys;
}

type Target = KnownEntity | Cluster;

/**
 * Resolves the entities of one batch: extracted id (after merges) → the id and name to write
 * under. Only ids that change, or new clusters named after another spelling, are in the map.
 * Deterministic: depends only on the batch (in order) and the candidates.
 */
export function resolveBatch(
  entities: readonly BatchEntity[],
  candidates: readonly KnownEntity[],
  keepApart: ReadonlySet<string> = new Set(),
): Map<string, Resolved> {
  const sorted = [...new Map(candidates.map((c) => [c.id, c])).values()].sort((x, y) =>
    x.id < y.id ? -1 : 1,
  );
  const known = new Map(sorted.map((c) => [c.id, c]));
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, Cluster>();
  const knownClusters = new Map<string, Cluster>();
  const idsOf = new Map<number, Set<string>>();
  for (const e of entities) idsOf.set(e.document, (idsOf.get(e.document) ?? new Set()).add(e.id));
  const targets: Target[] = [];
  const blocks = new Map<string, Set<number>>();
  const index = (entity: NamedEntity, target: number) => {
    for (const key of blockKeys(entity))
      blocks.set(key, (blocks.get(key) ?? new Set()).add(target));
  };
  sorted.forEach((c, i) => {
    targets.push(c);
    index(c, i);
  });

  const join = (cluster: Cluster, entity: BatchEntity) => {
    cluster.members.push(entity);
    cluster.documents.add(entity.document);
    cluster.weight += entity.weight;
    clusterOf.set(entity.id, cluster);
  };
  const knownCluster = (entity: KnownEntity) => {
    let cluster = knownClusters.get(entity.id);
    if (!cluster) {
      cluster = { known: entity, members: [], documents: new Set(), weight: entity.weight };
      knownClusters.set(entity.id, cluster);
      clusters.push(cluster);
    }
    return cluster;
  };

  for (const entity of entities) {
    const same = clusterOf.get(entity.id);
    if (same) {
      join(same, entity);
      continue;
    }
    const self = known.get(entity.id);
    if (self) {
      join(knownCluster(self), entity);
      continue;
    }
    const nearby = new Set<number>();
    for (const key of blockKeys(entity)) for (const t of blocks.get(key) ?? []) nearby.add(t);
    const choices = [...nearby]
      .sort((x, y) => x - y)
      .map((order) => ({ target: targets[order]!, order }));
    const fit = bestFit(entity, idsOf.get(entity.document)!, choices, knownClusters, (x, y) =>
      keepApart.has(pairKey(x, y)),
    );
    if (fit && "members" in fit) {
      join(fit, entity);
      index(entity, targets.indexOf(fit));
    } else if (fit) join(knownCluster(fit), entity);
    else {
      const cluster: Cluster = { members: [], documents: new Set(), weight: 0 };
      clusters.push(cluster);
      join(cluster, entity);
      targets.push(cluster);
      index(entity, targets.length - 1);
    }
  }
  return namesOf(clusters);
}

interface Fit {
  target: Target;
  strength: Strength;
  weight: number;
  order: number;
}

/** The best cluster or graph entity for `entity`, or null when none fits or a bare name fits several. */
function bestFit(
  entity: BatchEntity,
  sameDocument: ReadonlySet<string>,
  choices: readonly { target: Target; order: number }[],
  knownClusters: ReadonlyMap<string, Cluster>,
  apart: (x: string, y: string) => boolean,
): Target | null {
  const fits: Fit[] = [];
  // The extractor kept the entities of one document apart: two of them never become one here.
  const taken = (cluster: Cluster | undefined) =>
    cluster !== undefined &&
    (cluster.documents.has(entity.document) || cluster.members.some((m) => sameDocument.has(m.id)));
  for (const { target, order } of choices) {
    if (!("members" in target)) {
      if (
        apart(entity.id, target.id) ||
        sameDocument.has(target.id) ||
        taken(knownClusters.get(target.id))
      )
        continue;
      const strength = matchStrength(entity, target);
      if (strength) fits.push({ target, strength, weight: target.weight, order });
      continue;
    }
    if (taken(target) || target.members.some((m) => apart(entity.id, m.id))) continue;
    const strengths = target.members.map((m) => matchStrength(entity, m));
    // Every member must fit too (no chaining from Anna via "A." to Alexandra), unless a name is the same.
    if (strengths.includes("exact"))
      fits.push({ target, strength: "exact", weight: target.weight, order });
    else if (strengths.every((x) => x !== null)) {
      fits.push({
        target,
        strength: strengths.includes("strong") ? "strong" : "weak",
        weight: target.weight,
        order,
      });
    }
  }
  const exact = fits.filter((f) => f.strength === "exact");
  const strong = fits.filter((f) => f.strength === "strong");
  const pool = exact.length > 0 ? exact : strong.length > 0 ? strong : fits;
  if (pool.length === 0) return null;
  // A name without a full given name that fits several people says too little to pick one.
  if (pool[0]!.strength === "weak" && pool.length > 1) return null;
  pool.sort((x, y) => y.weight - x.weight || x.order - y.order);
  return pool[0]!.target;
}

/** Where each member goes: a graph entity keeps its id and name; a new cluster takes its best spelling. */
function namesOf(clusters: readonly Cluster[]): Map<string, Resolved> {
  const out = new Map<string, Resolved>();
  for (const cluster of clusters) {
    let target: Resolved;
    if (cluster.known) target = { id: cluster.known.id, name: cluster.known.name };
    else {
      const bySpelling = new Map<string, { entity: BatchEntity; weight: number }>();
      for (const m of cluster.members) {
        const seen = bySpelling.get(m.id);
        if (seen) seen.weight += m.weight;
        else bySpelling.set(m.id, { entity: m, weight: m.weight });
      }
      // Most mentions first; on a tie, full names before bare ones, then the first seen.
      const ranked = [...bySpelling.values()].sort(
        (x, y) =>
          y.weight - x.weight || Number(isPersonFull(y.entity)) - Number(isPersonFull(x.entity)),
      );
      target = { id: ranked[0]!.entity.id, name: ranked[0]!.entity.name };
    }
    for (const m of cluster.members)
      if (m.id !== target.id || m.name !== target.name) out.set(m.id, target);
  }
  return out;
}

function isPersonFull(entity: NamedEntity): boolean {
  return entity.type !== "Person" || isFullName(entity.name);
}

/** Key of an unordered pair of entity ids (undone merges). */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}
