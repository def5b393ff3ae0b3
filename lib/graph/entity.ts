import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { entityType } from "@/lib/schema/entity-types";
import type { RelationType } from "@/lib/schema/relations";
import { NEO4J_RELATION_TYPES, toTypeCounts } from "./rows";

const detailsQuery = defineQuery({
  file: "entities/details.cypher",
  mode: "READ",
  params: z.object({
    id: z.string(),
    relationTypes: z.array(z.string()),
    documentLimit: z.number().int().min(1),
  }),
  row: z.object({
    entity: z.object({
      id: z.string(),
      name: z.string(),
      type: entityType,
      aliases: z.array(z.string()),
      roles: z.array(z.string()),
      degree: z.number(),
    }),
    relationCounts: z.array(z.object({ type: z.string(), count: z.number() })),
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        source: z.string().nullable(),
        publishedAt: z.string().nullable(),
        mentions: z.number(),
      }),
    ),
    documentCount: z.number(),
  }),
});

export interface EntityDetails {
  id: string;
  name: string;
  type: z.infer<typeof entityType>;
  aliases: string[];
  roles: string[];
  degree: number;
  relationCounts: Partial<Record<RelationType, number>>;
  documents: z.infer<typeof detailsQuery.row>["documents"];
  documentCount: number;
}

/** Everything the details panel says about one entity; 404 when the id is unknown. */
export async function entityDetails(id: string, documentLimit = 50): Promise<EntityDetails> {
  const [row] = await runQuery(detailsQuery, {
    id,
    relationTypes: NEO4J_RELATION_TYPES,
    documentLimit,
  });
  if (!row) throw new AppError("not_found", `There is no entity with the id "${id}".`);
  return {
    ...row.entity,
    relationCounts: toTypeCounts(row.relationCounts),
    documents: row.documents,
    documentCount: row.documentCount,
  };
}
