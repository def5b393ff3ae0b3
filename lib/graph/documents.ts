import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { documentRow, type DocumentSummary, type ExplorerEdge } from "./rows";

const documentsQuery = defineQuery({
  file: "graph/documents.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()) }),
  row: documentRow,
});

/** Title, source and date of the documents behind these edges (for the source filter). */
export async function fetchDocuments(edges: ExplorerEdge[]): Promise<DocumentSummary[]> {
  const ids = [...new Set(edges.flatMap((e) => e.documentIds))];
  if (ids.length === 0) return [];
  return runQuery(documentsQuery, { ids });
}
