import { randomUUID } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineQuery, runQuery, withTransaction } from "@/lib/neo4j/query";
import { relationId } from "@/lib/schema/ids";
import {
  RELATIONS,
  relationSpec,
  relationSpecByNeo4jType,
  relationType,
} from "@/lib/schema/relations";
import { parseRelationId, pruneEntities, recountRelations } from "./documents";

/**
 * Entity merge and its undo. A merge moves every relationship (as its evidence, re-pointed), every
 * mention and every name of one entity onto another, then records a :Merge node; ingest maps the
 * merged-away id through active merges, so re-ingesting articles does not bring it back. The
 * :Merge keeps what an undo needs: the entity as it was, the evidence moved and where it was.
 */

const relationTypes = RELATIONS.map((r) => r.neo4jType);

const linkedRelation = z.object({
  id: z.string(),
  type: z.string(),
  subjectId: z.string(),
  objectId: z.string(),
  role: z.string().nullable(),
  evidenceIds: z.array(z.string()),
});
const storedMention = z.object({
  documentId: z.string(),
  count: z.number(),
  starts: z.array(z.number()),
  ends: z.array(z.number()),
});
const entityLinks = z.object({
  entity: z.object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
  }),
  relations: z.array(linkedRelation),
  mentions: z.array(storedMention),
});

export const mergeRecord = z.object({
  id: z.string(),
  fromId: z.string(),
  intoId: z.string(),
  fromName: z.string(),
  fromType: z.string(),
  fromAliases: z.array(z.string()),
  fromRoles: z.array(z.string()),
  addedAliases: z.array(z.string()),
  addedRoles: z.array(z.string()),
  evidenceIds: z.array(z.string()),
  evidenceRelationIds: z.array(z.string()),
  mentionDocumentIds: z.array(z.string()),
  mentionStarts: z.array(z.string()),
  mentionEnds: z.array(z.string()),
  createdAt: z.string(),
  undoneAt: z.string().nullable().optional(),
});
export type MergeRecord = z.infer<typeof mergeRecord>;

const readLinks = defineQuery({
  file: "merge/read-entity-links.cypher",
  mode: "READ",
  params: z.object({ id: z.string(), relationTypes: z.array(z.string()) }),
  row: entityLinks,
});

const evidenceMove = z.object({
  toRelationId: z.string(),
  type: z.string(),
  subjectId: z.string(),
  objectId: z.string(),
  role: z.string().nullable(),
  evidenceIds: z.array(z.string()),
});
const moveEvidence = defineQuery({
  file: "merge/move-evidence.cypher",
  mode: "WRITE",
  params: z.object({ moves: z.array(evidenceMove) }),
  row: z.object({ previousRelationIds: z.array(z.string()) }),
});

const moveMentions = defineQuery({
  file: "merge/move-mentions.cypher",
  mode: "WRITE",
  params: z.object({
    fromId: z.string(),
    toId: z.string(),
    mentions: z.array(
      z.object({ documentId: z.string(), starts: z.array(z.number()), ends: z.array(z.number()) }),
    ),
  }),
  row: z.object({ moved: z.number() }),
});

const recordMerge = defineQuery({
  file: "merge/record-merge.cypher",
  mode: "WRITE",
  params: z.object({ merge: mergeRecord.omit({ undoneAt: true }) }),
  row: z.object({ id: z.string() }),
});

const getMerge = defineQuery({
  file: "merge/get-merge.cypher",
  mode: "READ",
  params: z.object({ id: z.string() }),
  row: z.object({ merge: mergeRecord }),
});

const restoreEntity = defineQuery({
  file: "merge/restore-entity.cypher",
  mode: "WRITE",
  params: z.object({ merge: mergeRecord, undoneAt: z.string() }),
  row: z.object({ id: z.string() }),
});

const listQuery = defineQuery({
  file: "merge/list-merges.cypher",
  mode: "READ",
  params: z.object({ limit: z.number().int().min(1).max(500) }),
  row: z.object({
    id: z.string(),
    fromId: z.string(),
    fromName: z.string(),
    intoId: z.string(),
    intoName: z.string(),
    createdAt: z.string(),
    undoneAt: z.string().nullable(),
  }),
});

export interface MergeResult {
  merge: { id: string; fromId: string; intoId: string };
  moved: { relations: number; evidence: number; mentions: number };
}

/** Merges entity `fromId` into `intoId` (same type). One transaction; recorded; undoable. */
export async function mergeEntities(fromId: string, intoId: string): Promise<MergeResult> {
  if (fromId === intoId)
    throw new AppError("bad_request", "An entity cannot be merged into itself.");
  return withTransaction("WRITE", (tx) => mergeIn(tx, fromId, intoId));
}

export async function mergeIn(
  tx: ManagedTransaction,
  fromId: string,
  intoId: string,
): Promise<MergeResult> {
  const [from] = await runQuery(readLinks, { id: fromId, relationTypes }, { tx });
  const [into] = await runQuery(readLinks, { id: intoId, relationTypes }, { tx });
  if (!from) throw new AppError("not_found", `No entity with id ${fromId}.`);
  if (!into) throw new AppError("not_found", `No entity with id ${intoId}.`);
  if (from.entity.type !== into.entity.type) {
    throw new AppError(
      "bad_request",
      `Cannot merge a ${from.entity.type} into a ${into.entity.type}.`,
    );
  }
  const swap = (id: string) => (id === fromId ? intoId : id);
  const moves = from.relations.map((r) => {
    const spec = relationSpecByNeo4jType(r.type);
    if (!spec) throw new Error(`relationship type ${r.type} is not in the registry`);
    const [s, o] = [swap(r.subjectId), swap(r.objectId)];
    const [a, b] = spec.symmetric && o < s ? [o, s] : [s, o];
    return {
      toRelationId: relationId(spec.name, a, b, spec.symmetric),
      type: r.type,
      subjectId: a,
      objectId: b,
      role: r.role,
      evidenceIds: r.evidenceIds,
    };
  });
  await relink(tx, moves);
  await runQuery(moveMentions, { fromId, toId: intoId, mentions: from.mentions }, { tx });
  const known = new Set([into.entity.name, ...into.entity.aliases]);
  const id = `merge:${randomUUID()}`;
  await runQuery(
    recordMerge,
    {
      merge: {
        id,
        fromId,
        intoId,
        fromName: from.entity.name,
        fromType: from.entity.type,
        fromAliases: from.entity.aliases,
        fromRoles: from.entity.roles,
        addedAliases: [from.entity.name, ...from.entity.aliases].filter(
          (a, i, all) => !known.has(a) && all.indexOf(a) === i,
        ),
        addedRoles: from.entity.roles.filter((r) => !into.entity.roles.includes(r)),
        evidenceIds: from.relations.flatMap((r) => r.evidenceIds),
        evidenceRelationIds: from.relations.flatMap((r) => r.evidenceIds.map(() => r.id)),
        mentionDocumentIds: from.mentions.map((m) => m.documentId),
        mentionStarts: from.mentions.map((m) => JSON.stringify(m.starts)),
        mentionEnds: from.mentions.map((m) => JSON.stringify(m.ends)),
        createdAt: new Date().toISOString(),
      },
    },
    { tx },
  );
  return {
    merge: { id, fromId, intoId },
    moved: {
      relations: moves.length,
      evidence: moves.reduce((n, m) => n + m.evidenceIds.length, 0),
      mentions: from.mentions.length,
    },
  };
}

/** Re-points evidence, then recounts every relationship involved (dropping those left empty). */
async function relink(
  tx: ManagedTransaction,
  moves: z.infer<typeof evidenceMove>[],
): Promise<void> {
  if (moves.length === 0) return;
  const [moved] = await runQuery(moveEvidence, { moves }, { tx });
  const ids = [
    ...new Set([...(moved?.previousRelationIds ?? []), ...moves.map((m) => m.toRelationId)]),
  ];
  await runQuery(recountRelations, { relationIds: ids }, { tx });
}

/** Undoes a merge: the entity comes back with its names, mentions and the evidence it had. */
export async function undoMerge(id: string): Promise<{
  merge: { id: string; fromId: string; intoId: string };
  restored: { evidence: number };
}> {
  return withTransaction("WRITE", async (tx) => {
    const [row] = await runQuery(getMerge, { id }, { tx });
    if (!row) throw new AppError("not_found", `No merge with id ${id}.`);
    const merge = row.merge;
    if (merge.undoneAt) throw new AppError("conflict", `The merge ${id} was already undone.`);
    await runQuery(restoreEntity, { merge, undoneAt: new Date().toISOString() }, { tx });
    const byRelation = new Map<string, string[]>();
    merge.evidenceRelationIds.forEach((rel, i) =>
      byRelation.set(rel, [...(byRelation.get(rel) ?? []), merge.evidenceIds[i]!]),
    );
    const moves = [...byRelation].map(([rel, evidenceIds]) => {
      const { type, subjectId, objectId } = parseRelationId(rel);
      return {
        toRelationId: rel,
        type: relationSpec(relationType.parse(type)).neo4jType,
        subjectId,
        objectId,
        role: null,
        evidenceIds,
      };
    });
    await relink(tx, moves);
    const mentions = merge.mentionDocumentIds.map((documentId, i) => ({
      documentId,
      starts: JSON.parse(merge.mentionStarts[i] ?? "[]") as number[],
      ends: JSON.parse(merge.mentionEnds[i] ?? "[]") as number[],
    }));
    await runQuery(moveMentions, { fromId: merge.intoId, toId: merge.fromId, mentions }, { tx });
    await runQuery(pruneEntities, { ids: [merge.intoId] }, { tx });
    return {
      merge: { id, fromId: merge.fromId, intoId: merge.intoId },
      restored: { evidence: merge.evidenceIds.length },
    };
  });
}

export async function listMerges(limit = 100) {
  return { merges: await runQuery(listQuery, { limit }) };
}

/**
 * Records that `from` (named in an article being committed) is `intoId`: a full merge when `from`
 * is already in the graph, else only the :Merge record, so later articles map it the same way.
 */
export async function mergeOrRecord(
  from: { id: string; name: string; type: string; aliases: string[]; roles: string[] },
  intoId: string,
): Promise<string> {
  return withTransaction("WRITE", async (tx) => {
    const [existing] = await runQuery(readLinks, { id: from.id, relationTypes }, { tx });
    if (existing) return (await mergeIn(tx, from.id, intoId)).merge.id;
    const id = `merge:${randomUUID()}`;
    await runQuery(
      recordMerge,
      {
        merge: {
          id,
          fromId: from.id,
          intoId,
          fromName: from.name,
          fromType: from.type,
          fromAliases: from.aliases,
          fromRoles: from.roles,
          addedAliases: [],
          addedRoles: [],
          evidenceIds: [],
          evidenceRelationIds: [],
          mentionDocumentIds: [],
          mentionStarts: [],
          mentionEnds: [],
          createdAt: new Date().toISOString(),
        },
      },
      { tx },
    );
    return id;
  });
}
