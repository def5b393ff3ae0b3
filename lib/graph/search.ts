import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { graphNode } from "@/lib/schema/graph";
import { toLuceneQuery } from "./lucene";

const searchQuery = defineQuery({
  file: "entities/search.cypher",
  mode: "READ",
  params: z.object({ lucene: z.string().min(1), limit: z.number().int().min(1).max(50) }),
  row: graphNode.extend({ score: z.number() }),
});

export const searchResult = graphNode.extend({ score: z.number() });
export type SearchResult = z.infer<typeof searchResult>;

/** Entities matching a name or alias, typo-tolerant, best first, each with its relation count. */
export async function searchEntities(
  text: string,
  limit = 10,
): Promise<{ query: string; results: SearchResult[] }> {
  const lucene = toLuceneQuery(text);
  if (!lucene) return { query: text, results: [] };
  const results = await runQuery(searchQuery, { lucene, limit });
  return { query: text, results };
}
