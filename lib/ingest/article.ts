import { z } from "zod";
import { AppError } from "@/lib/errors";
import { defineQuery, runQuery, withTransaction } from "@/lib/neo4j/query";
import { calendarDate } from "@/lib/schema/calendar-date";
import type { Extraction } from "@/lib/schema/extraction";
import { documentId } from "./document-id";
import { extract } from "./extractor";
import { mergeOrRecord } from "./merges";
import { planDocument } from "./plan";
import { resolveInGraph } from "./resolve-in-graph";
import { applyReview, review, type KnownEntity } from "./review";
import {
  findExistingDocuments,
  loadKeepApart,
  loadMerges,
  writeBatch,
  type Added,
} from "./write-batch";

/** One article as the API takes it. Plain messages: they are shown to people as they are. */
export const articleBody = z.object({
  text: z
    .string({ error: "text is required and must be a string" })
    .refine((t) => t.trim().length > 0, "text must not be empty")
    .refine((t) => !t.includes("\u0000"), "text must be plain text, not binary data"),
  title: z.string().trim().max(500).optional(),
  publishedAt: calendarDate.optional().or(z.literal("").transform(() => undefined)),
  source: z.string().trim().max(500).optional(),
});
export type ArticleBody = z.infer<typeof articleBody>;

export const commitBody = articleBody.extend({ review: review.optional() });
export type CommitBody = z.infer<typeof commitBody>;

const knownEntities = defineQuery({
  file: "ingest/known-entities.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()) }),
  row: z.object({ id: z.string(), name: z.string(), type: z.string() }),
});

async function findKnown(ids: string[]): Promise<Map<string, KnownEntity>> {
  if (ids.length === 0) return new Map();
  return new Map((await runQuery(knownEntities, { ids })).map((e) => [e.id, e]));
}

export interface Preview {
  documentId: string;
  alreadyIn: boolean;
  extraction: Extraction;
  /** Entities of the extraction the graph already has (after recorded merges and name resolution), by extracted id. */
  known: Record<string, KnownEntity>;
}

async function extractBody(body: ArticleBody): Promise<Extraction> {
  try {
    return await extract({
      text: body.text,
      title: body.title,
      publishedAt: body.publishedAt,
      source: body.source,
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      "unprocessable",
      `The article could not be read: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** Extracts an article and says what is new and what the graph already knows. Writes nothing. */
export async function previewArticle(body: ArticleBody): Promise<Preview> {
  const extraction = await extractBody(body);
  const id = documentId(body.text);
  const [merges, keepApart] = await Promise.all([loadMerges(), loadKeepApart()]);
  const prepared = { text: body.text, meta: {}, extraction };
  const { resolved: names } = await withTransaction("READ", (tx) =>
    resolveInGraph(tx, [prepared], merges, keepApart),
  );
  const resolved = extraction.entities.map((e) => {
    const merged = merges.get(e.id) ?? e.id;
    return [e.id, names.get(merged)?.id ?? merged] as const;
  });
  const [existing, known] = await Promise.all([
    findExistingDocuments([id]),
    findKnown(resolved.map(([, to]) => to)),
  ]);
  const knownById: Record<string, KnownEntity> = {};
  for (const [from, to] of resolved) {
    const entity = known.get(to);
    if (entity) knownById[from] = entity;
  }
  return { documentId: id, alreadyIn: existing.has(id), extraction, known: knownById };
}

export interface CommitResult {
  id: string;
  status: "created" | "unchanged";
  added: Added;
  /** The entity to open the explorer on: the one with the most relations in this article. */
  focus: string | null;
  merges: string[];
}

/** Extracts an article, applies the person's review, and writes it (one transaction). */
export async function commitArticle(body: CommitBody): Promise<CommitResult> {
  const edits = review.parse(body.review ?? {});
  const extraction = await extractBody(body);
  const targets = await findKnown(Object.values(edits.mergeInto));
  const reviewed = applyReview(extraction, edits, targets);
  const [merges, keepApart] = await Promise.all([loadMerges(), loadKeepApart()]);
  const prepared = {
    text: body.text,
    meta: { title: body.title, source: body.source, publishedAt: body.publishedAt },
    extraction: reviewed,
  };
  const result = await writeBatch([prepared], { merges, keepApart });
  const plan = result.plans[0] ?? planDocument(prepared, merges, new Date().toISOString());
  const recorded: string[] = [];
  for (const [fromId, intoId] of Object.entries(edits.mergeInto)) {
    const from = extraction.entities.find((e) => e.id === fromId);
    if (from && !merges.has(fromId)) recorded.push(await mergeOrRecord(from, intoId));
  }
  return {
    id: plan.document.id,
    status: result.created.length > 0 ? "created" : "unchanged",
    added: result.added,
    focus: focusOf(
      plan.relations,
      plan.entities.map((e) => e.id),
    ),
    merges: recorded,
  };
}

/** The most connected entity of the article; on a tie a person, then the first by id. */
function focusOf(
  relations: { subjectId: string; objectId: string }[],
  entityIds: string[],
): string | null {
  const degree = new Map<string, number>();
  for (const r of relations)
    for (const id of [r.subjectId, r.objectId]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const person = (id: string) => (id.startsWith("person:") ? 0 : 1);
  const ranked = [...degree].sort(
    (a, b) => b[1] - a[1] || person(a[0]) - person(b[0]) || (a[0] < b[0] ? -1 : 1),
  );
  return ranked[0]?.[0] ?? entityIds[0] ?? null;
}
