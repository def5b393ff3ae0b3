import { z } from "zod";
import { defineQuery } from "@/lib/neo4j/query";

/** The write-side queries of intake, one cypher/ file each. Rows are checked in lib/ingest/plan.ts. */

const rows = z.array(z.record(z.string(), z.unknown()));

export const claimDocuments = defineQuery({
  file: "ingest/claim-documents.cypher",
  mode: "WRITE",
  params: z.object({ documents: rows }),
  row: z.object({ id: z.string(), created: z.boolean() }),
});

export const writeGraph = defineQuery({
  file: "ingest/write-graph.cypher",
  mode: "WRITE",
  params: z.object({ entities: rows, relations: rows, documents: rows }),
  row: z.object({ entitiesAdded: z.number(), relationsAdded: z.number(), evidenceAdded: z.number() }),
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
