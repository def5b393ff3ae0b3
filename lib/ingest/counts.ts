import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { RELATIONS } from "@/lib/schema/relations";

const relationTypes = RELATIONS.map((r) => r.neo4jType);

export const countsQuery = defineQuery({
  file: "ingest/counts.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({
    entities: z.number(),
    documents: z.number(),
    relations: z.number(),
    evidence: z.number(),
    mentions: z.number(),
    merges: z.number(),
  }),
});

const consistencyQuery = defineQuery({
  file: "ingest/check-consistency.cypher",
  mode: "READ",
  params: z.object({ relationTypes: z.array(z.string()) }),
  row: z.object({
    countMismatches: z.number(),
    relationsWithoutEvidence: z.number(),
    evidenceWithoutRelation: z.number(),
    evidenceWithoutDocument: z.number(),
    duplicateRelations: z.number(),
    documentsWithoutMentions: z.number(),
  }),
});

export type GraphCounts = z.infer<typeof countsQuery.row>;
export type Consistency = z.infer<typeof consistencyQuery.row>;

/** How many entities, documents, relations, evidence, mentions and merges the graph holds. */
export async function graphCounts(): Promise<GraphCounts> {
  const [row] = await runQuery(countsQuery, {});
  return row!;
}

/** Signs of a half-written or duplicated document; all zero in a healthy graph. */
export async function checkConsistency(): Promise<Consistency> {
  const [row] = await runQuery(consistencyQuery, { relationTypes });
  return row!;
}
