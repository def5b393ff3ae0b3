import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { RELATIONS } from "@/lib/schema/relations";
import { ALLOWED_PROCEDURES } from "./gate";

/** What the editor completes: the live schema, the registry's relation types, the allowed procedures. */
export const liveSchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
  procedures: z.array(z.string()),
});
export type LiveSchema = z.infer<typeof liveSchema>;

const schemaQuery = defineQuery({
  file: "console/schema.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({
    labels: z.array(z.string()),
    relationshipTypes: z.array(z.string()),
    propertyKeys: z.array(z.string()),
  }),
});

const sorted = (values: Iterable<string>) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** Reads the schema the editor completes from the database, with the registry's types even before data exists. */
export async function readLiveSchema(): Promise<LiveSchema> {
  const [row] = await runQuery(schemaQuery, {}, { timeoutMs: 5_000 });
  return {
    labels: sorted(row?.labels ?? []),
    relationshipTypes: sorted([
      ...(row?.relationshipTypes ?? []),
      ...RELATIONS.map((r) => r.neo4jType),
    ]),
    propertyKeys: sorted(row?.propertyKeys ?? []),
    procedures: [...ALLOWED_PROCEDURES],
  };
}
