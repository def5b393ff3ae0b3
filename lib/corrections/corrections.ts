import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseRelationId } from "@/lib/graph/relation-id";
import { recountRelations } from "@/lib/ingest/documents";
import { defineQuery, type QueryRunner, runQuery, withTransaction } from "@/lib/neo4j/query";
import { relationId } from "@/lib/schema/ids";
import { allowsRelation, relationSpec, type RelationType } from "@/lib/schema/relations";
import { entityType } from "@/lib/schema/entity-types";

/**
 * Corrections by hand of what the extractor found, after commit: reject a relation, confirm it, or
 * give it its right type. Each is recorded as a (:Correction) with who, when and why, applied to
 * the graph, applied again to what every later ingest writes (so reloading the articles does not
 * bring the mistake back, as merges are replayed), and undoable.
 */
export const CORRECTION_KINDS = ["reject", "confirm", "retype"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

export const correction = z.object({
  id: z.string(),
  kind: z.enum(CORRECTION_KINDS),
  relationId: z.string(),
  type: z.string(),
  subjectId: z.string(),
  objectId: z.string(),
  toRelationId: z.string().nullable().default(null),
  toType: z.string().nullable().default(null),
  role: z.string().nullable().default(null),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
  undoneAt: z.string().nullable().default(null),
  undoneBy: z.string().nullable().default(null),
});
export type Correction = z.infer<typeof correction>;

const q = <P extends z.ZodType, R extends z.ZodType>(file: string, params: P, row: R) =>
  defineQuery({ file: `corrections/${file}.cypher`, mode: "WRITE", params, row });
const ends = { relationId: z.string(), subjectId: z.string(), objectId: z.string() };
const recordQuery = q(
  "record",
  z.object({ c: z.record(z.string(), z.unknown()) }),
  z.object({ id: z.string() }),
);
const rejectQuery = q(
  "apply-reject",
  z.object({ id: z.string(), ...ends }),
  z.object({ found: z.number(), parked: z.number(), role: z.string().nullable() }),
);
const retypeQuery = q(
  "apply-retype",
  z.object({
    id: z.string(),
    ...ends,
    toRelationId: z.string(),
    toType: z.string(),
    toSubjectId: z.string(),
    toObjectId: z.string(),
  }),
  z.object({ found: z.number(), moved: z.number(), role: z.string().nullable() }),
);
const confirmQuery = q(
  "apply-confirm",
  z.object({
    ...ends,
    correctionId: z.string().nullable(),
    by: z.string().nullable(),
    at: z.string().nullable(),
  }),
  z.object({ id: z.string() }),
);
const undoParams = z.object({
  id: z.string(),
  ...ends,
  type: z.string(),
  role: z.string().nullable(),
});
const undoRejectQuery = q("undo-reject", undoParams, z.object({ restored: z.number() }));
const undoRetypeQuery = q("undo-retype", undoParams, z.object({ restored: z.number() }));
const markUndoneQuery = q(
  "mark-undone",
  z.object({ id: z.string(), by: z.string(), at: z.string() }),
  z.object({ id: z.string() }),
);
const getQuery = defineQuery({
  file: "corrections/get.cypher",
  mode: "READ",
  params: z.object({ id: z.string() }),
  row: z.object({ correction }),
});
const listQuery = defineQuery({
  file: "corrections/list.cypher",
  mode: "READ",
  params: z.object({
    relationIds: z.array(z.string()).nullable(),
    activeOnly: z.boolean(),
    limit: z.number().int().min(1),
  }),
  row: z.object({ correction }),
});
const endsQuery = defineQuery({
  file: "corrections/ends.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()) }),
  row: z.object({ id: z.string(), type: z.string() }),
});

export interface CorrectionRequest {
  kind: CorrectionKind;
  relationId: string;
  reason: string;
  /** For retype: the relation type it should have been. */
  toType?: RelationType;
}

function keyOf(id: string) {
  const key = parseRelationId(id);
  if (!key)
    throw new AppError("bad_request", `"${id}" is not a relation id.`, {
      issues: [{ path: "relationId", message: "not a relation id" }],
    });
  return key;
}

/** Records and applies a correction; `by` names who made it (the admin token's holder or "local"). */
export async function correctRelation(request: CorrectionRequest, by: string): Promise<Correction> {
  const key = keyOf(request.relationId);
  const types = new Map(
    (await runQuery(endsQuery, { ids: [key.subject, key.object] })).map((r) => [r.id, r.type]),
  );
  if (!types.has(key.subject) || !types.has(key.object))
    throw new AppError("not_found", `There is no relation with the id "${request.relationId}".`);
  const spec = relationSpec(key.type);
  let toRelationId: string | null = null;
  if (request.kind === "retype") {
    if (!request.toType || request.toType === key.type)
      throw new AppError("bad_request", "Choose the relation type it should have.", {
        issues: [{ path: "toType", message: "missing or unchanged" }],
      });
    if (!retypeAllowed(request.toType, types.get(key.subject)!, types.get(key.object)!)) {
      const message = `A ${types.get(key.subject)} cannot be "${relationSpec(request.toType).label}" a ${types.get(key.object)}.`;
      throw new AppError("bad_request", message, {
        issues: [{ path: "toType", message: "not allowed between these entity types" }],
      });
    }
    const to = relationSpec(request.toType);
    toRelationId = relationId(to.name, key.subject, key.object, to.symmetric);
  }
  const record: Correction = {
    id: `correction:${randomUUID()}`,
    kind: request.kind,
    relationId: request.relationId,
    type: spec.name,
    subjectId: key.subject,
    objectId: key.object,
    toRelationId,
    toType: request.toType ?? null,
    role: null,
    reason: request.reason,
    by,
    at: new Date().toISOString(),
    undoneAt: null,
    undoneBy: null,
  };
  await withTransaction("WRITE", async (tx) => {
    const applied = await applyCorrection(tx, record);
    if (!applied)
      throw new AppError("not_found", `There is no relation with the id "${request.relationId}".`);
    await runQuery(recordQuery, { c: { ...record, role: applied.role } }, { tx });
    record.role = applied.role;
  });
  return record;
}

/** Applies one correction to the graph as it is now (first time, or again after an ingest). */
async function applyCorrection(
  tx: QueryRunner,
  c: Correction,
): Promise<{ role: string | null } | null> {
  const ends = { relationId: c.relationId, subjectId: c.subjectId, objectId: c.objectId };
  if (c.kind === "confirm") {
    const [row] = await runQuery(
      confirmQuery,
      { ...ends, correctionId: c.id, by: c.by, at: c.at },
      { tx },
    );
    return row ? { role: null } : null;
  }
  if (c.kind === "reject") {
    const [row] = await runQuery(rejectQuery, { id: c.id, ...ends }, { tx });
    return row && row.found > 0 ? { role: row.role } : null;
  }
  const to = relationSpec(c.toType as RelationType);
  const target = keyOf(c.toRelationId!);
  const params = {
    id: c.id,
    ...ends,
    toRelationId: c.toRelationId!,
    toType: to.neo4jType,
    toSubjectId: target.subject,
    toObjectId: target.object,
  };
  const [row] = await runQuery(retypeQuery, params, { tx });
  await runQuery(recountRelations, { relationIds: [c.toRelationId!] }, { tx });
  return row && row.found > 0 ? { role: row.role } : null;
}

/** After an ingest wrote these relations: the corrections in force for them are applied again. */
export async function replayCorrections(
  tx: QueryRunner,
  relationIds: readonly string[],
): Promise<number> {
  if (relationIds.length === 0) return 0;
  const active = (
    await runQuery(
      listQuery,
      { relationIds: [...new Set(relationIds)], activeOnly: true, limit: 10_000 },
      { tx },
    )
  ).map((r) => r.correction);
  const replayed = active.filter((c) => c.kind !== "confirm" && relationIds.includes(c.relationId));
  for (const c of replayed.reverse()) await applyCorrection(tx, c);
  return replayed.length;
}

/** Undoes a correction: the relation as it was before it, and the record marked undone. */
export async function undoCorrection(id: string, by: string): Promise<Correction> {
  const [row] = await runQuery(getQuery, { id });
  if (!row) throw new AppError("not_found", `There is no correction with the id "${id}".`);
  const c = row.correction;
  if (c.undoneAt) throw new AppError("gone", "This correction was already undone.");
  const at = new Date().toISOString();
  await withTransaction("WRITE", async (tx) => {
    const ends = { relationId: c.relationId, subjectId: c.subjectId, objectId: c.objectId };
    if (c.kind === "confirm")
      await runQuery(confirmQuery, { ...ends, correctionId: null, by: null, at: null }, { tx });
    else {
      const params = {
        id: c.id,
        ...ends,
        type: relationSpec(c.type as RelationType).neo4jType,
        role: c.role,
      };
      await runQuery(c.kind === "reject" ? undoRejectQuery : undoRetypeQuery, params, { tx });
      await runQuery(
        recountRelations,
        { relationIds: [c.relationId, ...(c.toRelationId ? [c.toRelationId] : [])] },
        { tx },
      );
    }
    await runQuery(markUndoneQuery, { id, by, at }, { tx });
  });
  return { ...c, undoneAt: at, undoneBy: by };
}

/** Corrections, newest first; with `relationIds`, those behind these relations (in force or not). */
export async function listCorrections(
  options: { relationIds?: string[]; activeOnly?: boolean; limit?: number } = {},
): Promise<Correction[]> {
  const rows = await runQuery(listQuery, {
    relationIds: options.relationIds ?? null,
    activeOnly: options.activeOnly ?? false,
    limit: options.limit ?? 500,
  });
  return rows.map((r) => r.correction);
}

/** Whether a relation of this type may join these entity types (a retype must stay in the registry). */
export function retypeAllowed(
  toType: RelationType,
  subjectType: string,
  objectType: string,
): boolean {
  const s = entityType.safeParse(subjectType);
  const o = entityType.safeParse(objectType);
  return s.success && o.success && allowsRelation(toType, s.data, o.data);
}

/** Who made a write: the admin token's holder when the request carried it, "local" otherwise. */
export function correctionAuthor(request: Request): string {
  return /^Bearer\s+\S/i.test(request.headers.get("authorization") ?? "")
    ? "admin token holder"
    : "local";
}
