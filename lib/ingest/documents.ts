import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineQuery, runQuery, withTransaction } from "@/lib/neo4j/query";
import { relationSpec, relationType } from "@/lib/schema/relations";

export const documentSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
  ingestedAt: z.string().nullable(),
  length: z.number().nullable(),
  extractorVersion: z.string().nullable(),
  evidence: z.number(),
  entities: z.number(),
});

const documentMention = z.object({
  entityId: z.string(),
  name: z.string(),
  type: z.string(),
  count: z.number(),
  starts: z.array(z.number()),
  ends: z.array(z.number()),
});

const storedEvidence = z.object({
  id: z.string(),
  relationId: z.string(),
  sentence: z.string(),
  start: z.number(),
  end: z.number(),
  date: z.string().nullable(),
  confidence: z.number().nullable(),
});

const documentRow = z.object({
  document: z.object({
    id: z.string(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    publishedAt: z.string().nullable(),
    ingestedAt: z.string().nullable(),
    text: z.string(),
    length: z.number().nullable(),
    extractorVersion: z.string().nullable(),
  }),
  mentions: z.array(documentMention),
  evidence: z.array(storedEvidence),
});

export type DocumentSummary = z.infer<typeof documentSummary>;
export type DocumentMention = z.infer<typeof documentMention>;

/** A document as GET /api/documents/{id} answers it: each evidence sentence names its relation. */
export interface DocumentDetail {
  document: z.infer<typeof documentRow>["document"];
  mentions: DocumentMention[];
  evidence: (z.infer<typeof storedEvidence> & {
    type: string;
    label: string;
    subjectId: string;
    objectId: string;
  })[];
}

const listQuery = defineQuery({
  file: "documents/list-documents.cypher",
  mode: "READ",
  params: z.object({ limit: z.number().int().min(1).max(500), skip: z.number().int().min(0) }),
  row: documentSummary,
});

const getQuery = defineQuery({
  file: "documents/get-document.cypher",
  mode: "READ",
  params: z.object({ id: z.string() }),
  row: documentRow,
});

const deleteQuery = defineQuery({
  file: "documents/delete-document.cypher",
  mode: "WRITE",
  params: z.object({ id: z.string() }),
  row: z.object({
    relationIds: z.array(z.string()),
    entityIds: z.array(z.string()),
    evidenceRemoved: z.number(),
  }),
});

export const recountRelations = defineQuery({
  file: "ingest/recount-relations.cypher",
  mode: "WRITE",
  params: z.object({ relationIds: z.array(z.string()) }),
  row: z.object({
    relationsUpdated: z.number(),
    relationsRemoved: z.number(),
    entityIds: z.array(z.string()),
  }),
});

export const pruneEntities = defineQuery({
  file: "ingest/prune-entities.cypher",
  mode: "WRITE",
  params: z.object({ ids: z.array(z.string()) }),
  row: z.object({ entitiesRemoved: z.number() }),
});

export async function listDocuments(options: {
  limit: number;
  skip: number;
}): Promise<{ documents: DocumentSummary[] }> {
  return { documents: await runQuery(listQuery, options) };
}

/** Splits a relation id `type:subjectId|objectId` (lib/schema/ids.ts) into its parts. */
export function parseRelationId(id: string): { type: string; subjectId: string; objectId: string } {
  const colon = id.indexOf(":");
  const [subjectId = "", objectId = ""] = id.slice(colon + 1).split("|");
  return { type: id.slice(0, colon), subjectId, objectId };
}

export async function getDocument(id: string): Promise<DocumentDetail> {
  const [row] = await runQuery(getQuery, { id });
  if (!row) throw new AppError("not_found", `No document with id ${id}.`);
  return {
    ...row,
    evidence: row.evidence.map((v) => {
      const { type, subjectId, objectId } = parseRelationId(v.relationId);
      const known = relationType.safeParse(type);
      return {
        ...v,
        type,
        label: known.success ? relationSpec(known.data).label : type,
        subjectId,
        objectId,
      };
    }),
  };
}

export interface DeleteResult {
  id: string;
  removed: { evidence: number; relations: number; entities: number };
  updatedRelations: number;
}

/** Removes a document, its evidence and mentions, and the relations and entities left with none. */
export async function deleteDocument(id: string): Promise<DeleteResult> {
  return withTransaction("WRITE", async (tx) => {
    const [row] = await runQuery(deleteQuery, { id }, { tx });
    if (!row) throw new AppError("not_found", `No document with id ${id}.`);
    const [recount] = await runQuery(recountRelations, { relationIds: row.relationIds }, { tx });
    const candidates = [...new Set([...row.entityIds, ...(recount?.entityIds ?? [])])];
    const [pruned] = await runQuery(pruneEntities, { ids: candidates }, { tx });
    return {
      id,
      removed: {
        evidence: row.evidenceRemoved,
        relations: recount?.relationsRemoved ?? 0,
        entities: pruned?.entitiesRemoved ?? 0,
      },
      updatedRelations: recount?.relationsUpdated ?? 0,
    };
  });
}
