import { z } from "zod";
import { defineQuery } from "@/lib/neo4j/query";

/** The write-side queries of intake, one cypher/ file each. */

// Bulk rows come from lib/ingest/plan.ts, typed and built from a validated Extraction; checking
// each of tens of thousands of rows again would cost more than the write, so only the shape is.
const rows = z.custom<Record<string, unknown>[]>(
  (value) => Array.isArray(value),
  "must be a list of rows",
);

export const claimDocuments = defineQuery({
  file: "ingest/claim-documents.cypher",
  mode: "WRITE",
  params: z.object({ documents: rows }),
  row: z.object({ id: z.string(), created: z.boolean() }),
});

export const resolutionLock = defineQuery({
  file: "ingest/resolution-lock.cypher",
  mode: "WRITE",
  params: z.object({}),
  row: z.object({ locked: z.boolean() }),
});

export const writeGraph = defineQuery({
  file: "ingest/write-graph.cypher",
  mode: "WRITE",
  params: z.object({
    entities: rows,
    entityIds: z.array(z.string()),
    relations: z.record(z.string(), rows),
    documents: rows,
  }),
  row: z.object({
    entitiesAdded: z.number(),
    relationsAdded: z.number(),
    evidenceAdded: z.number(),
    relationsWritten: z.number(),
    mentionsWritten: z.number(),
  }),
});

export const existingDocuments = defineQuery({
  file: "ingest/existing-documents.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()) }),
  row: z.object({ id: z.string() }),
});

export const activeMerges = defineQuery({
  file: "merge/active-merges.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({ fromId: z.string(), intoId: z.string() }),
});

export const undoneMerges = defineQuery({
  file: "merge/undone-merges.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({ fromId: z.string(), intoId: z.string() }),
});

const candidate = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  weight: z.number(),
});
export type StoredEntity = z.infer<typeof candidate>;

export const entitiesById = defineQuery({
  file: "ingest/entities-by-id.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()) }),
  row: candidate,
});

export const searchEntities = defineQuery({
  file: "ingest/search-entities.cypher",
  mode: "READ",
  params: z.object({
    searches: z.array(z.object({ text: z.string(), limit: z.number().int() })),
    types: z.array(z.string()),
  }),
  row: candidate,
});
