import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";

export const DOCUMENT_SORTS = [
  "date",
  "title",
  "source",
  "relations",
  "entities",
  "evidence",
] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];

const listedDocument = z.object({
  id: z.string(),
  title: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
  evidence: z.number(),
  relations: z.number(),
  entities: z.number(),
});
export type ListedDocument = z.infer<typeof listedDocument>;

const documentListQuery = defineQuery({
  file: "graph/document-list.cypher",
  mode: "READ",
  params: z.object({
    q: z.string(),
    sort: z.enum(DOCUMENT_SORTS),
    descending: z.boolean(),
    skip: z.number().int().min(0),
    limit: z.number().int().min(1).max(500),
  }),
  row: z.object({ total: z.number(), documents: z.array(listedDocument) }),
});

/** The URL's choices for the document list, read leniently (a bad value falls back to the default). */
export const documentListParams = z.object({
  q: z.string().trim().max(200).catch("").default(""),
  sort: z.enum(DOCUMENT_SORTS).catch("date").default("date"),
  order: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type DocumentListParams = z.infer<typeof documentListParams>;

export const DOCUMENTS_PER_PAGE = 50;

/** Text sorts ascending and counts and dates descending unless asked otherwise. */
export function defaultOrder(sort: DocumentSort): "asc" | "desc" {
  return sort === "title" || sort === "source" ? "asc" : "desc";
}

/** One page of the documents matching `q`, sorted, with their counts and the number matching. */
export async function listDocumentsWithCounts(
  params: DocumentListParams,
): Promise<{ total: number; documents: ListedDocument[] }> {
  const order = params.order ?? defaultOrder(params.sort);
  const [row] = await runQuery(documentListQuery, {
    q: params.q.toLowerCase(),
    sort: params.sort,
    descending: order === "desc",
    skip: (params.page - 1) * DOCUMENTS_PER_PAGE,
    limit: DOCUMENTS_PER_PAGE,
  });
  return row ?? { total: 0, documents: [] };
}
