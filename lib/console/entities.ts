import { z } from "zod";
import { defineQuery, runQuery, type QueryRunner } from "@/lib/neo4j/query";
import { RELATIONS } from "@/lib/schema/relations";
import { entityTypeOf, type EntityRow } from "./to-graph-data";

const RELATION_TYPES = RELATIONS.map((r) => r.neo4jType);

// The app's own query (not the user's): a fixed text from cypher/, never gated or typed by a user.
const entitiesQuery = defineQuery({
  file: "console/entities.cypher",
  mode: "READ",
  params: z.object({
    elementIds: z.array(z.string()).max(100_000),
    relationTypes: z.array(z.string()),
  }),
  row: z.object({
    elementId: z.string(),
    id: z.unknown(),
    name: z.unknown(),
    type: z.unknown(),
    labels: z.array(z.string()),
    aliases: z.unknown(),
    degree: z.number(),
  }),
});

/**
 * Looks up the :Entity nodes among these elementIds; nodes without a usable id or type are left out.
 * With `tx`, the lookup runs in that (read) transaction: the console passes its own, which saves a
 * session and two round trips, and reads the same snapshot the user's query read.
 */
export async function lookUpEntities(elementIds: string[], tx?: QueryRunner): Promise<EntityRow[]> {
  if (elementIds.length === 0) return [];
  const rows = await runQuery(
    entitiesQuery,
    { elementIds, relationTypes: RELATION_TYPES },
    tx ? { tx } : {},
  );
  return rows.flatMap((row) => {
    const type = entityTypeOf(row.type, row.labels);
    if (typeof row.id !== "string" || !type) return [];
    const aliases = Array.isArray(row.aliases)
      ? row.aliases.filter((a): a is string => typeof a === "string")
      : [];
    const name = typeof row.name === "string" && row.name ? row.name : row.id;
    return [{ elementId: row.elementId, id: row.id, name, type, aliases, degree: row.degree }];
  });
}
