import { z } from "zod";
import { config } from "@/lib/config";
import { toAppError } from "@/lib/neo4j/db-errors";
import { getDriver } from "@/lib/neo4j/driver";
import { defineQuery, runQuery } from "@/lib/neo4j/query";

const components = defineQuery({
  file: "system/components.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({ name: z.string(), versions: z.array(z.string()), edition: z.string() }),
});

export const countsQuery = defineQuery({
  file: "system/counts.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({
    entities: z.number(),
    documents: z.number(),
    relations: z.number(),
    evidence: z.number(),
  }),
});

export interface Health {
  status: "ok";
  neo4j: { version: string; edition: string; database: string };
  counts: { entities: number; relations: number; documents: number; evidence: number };
}

/** Checks the database answers and reports its version and what the graph holds. */
export async function checkHealth(): Promise<Health> {
  // Fails at once when nothing listens, instead of waiting out the driver's retries.
  await getDriver()
    .getServerInfo({ database: config().NEO4J_DATABASE })
    .catch((error: unknown) => {
      throw toAppError(error);
    });
  const [component] = await runQuery(components, {});
  const [count] = await runQuery(countsQuery, {});
  return {
    status: "ok",
    neo4j: {
      version: component?.versions[0] ?? "unknown",
      edition: component?.edition ?? "unknown",
      database: config().NEO4J_DATABASE,
    },
    counts: count ?? { entities: 0, relations: 0, documents: 0, evidence: 0 },
  };
}
