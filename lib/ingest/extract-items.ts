import type { ArticleResult } from "@/lib/corpus/read-articles";
import type { ExtractFn } from "@/lib/extract";
import type { ArticleInput, Extraction } from "@/lib/schema/extraction";
import { extraction as extractionSchema } from "@/lib/schema/extraction";
import { documentId } from "./document-id";
import type { IngestItem } from "./ingest-stream";
import { findExistingDocuments } from "./write-batch";

export type { ExtractFn };

/**
 * Articles (from lib/corpus) to ingest items: documents already in the graph are skipped before
 * extracting (so a rerun is quick), the rest are extracted and the output validated; a file the
 * reader could not parse, or an extractor failure, becomes a failed item naming its origin.
 */
export async function* extractItems(
  articles: AsyncIterable<ArticleResult>,
  extract: ExtractFn,
  chunkSize = 50,
): AsyncGenerator<IngestItem> {
  let chunk: ArticleResult[] = [];
  for await (const article of articles) {
    chunk.push(article);
    if (chunk.length >= chunkSize) {
      yield* processChunk(chunk, extract);
      chunk = [];
    }
  }
  yield* processChunk(chunk, extract);
}

/** Articles extracted at once: the NLP service answers several requests in parallel (one per core, per instance). */
export const EXTRACT_CONCURRENCY = 4;

async function itemFor(
  result: ArticleResult,
  existing: Set<string>,
  extract: ExtractFn,
): Promise<IngestItem> {
  if (!result.ok) return { label: result.error.file, error: result.error.message };
  const { article } = result;
  const label = article.origin;
  if (article.text.trim() === "") return { label, error: "the article has no text" };
  if (existing.has(documentId(article.text))) return { label, alreadyIn: true };
  try {
    const extraction = await extractValidated(extract, article);
    return {
      label,
      document: {
        text: article.text,
        meta: { title: article.title, source: article.source, publishedAt: article.publishedAt },
        extraction,
      },
    };
  } catch (error) {
    if (isServiceDown(error)) throw error;
    return { label, error: `extraction failed: ${(error as Error).message}` };
  }
}

/** The NLP service down is no fault of one article: the whole run stops, and nothing is half written. */
function isServiceDown(error: unknown): boolean {
  return (error as Error)?.name === "NlpUnavailableError";
}

async function* processChunk(
  chunk: ArticleResult[],
  extract: ExtractFn,
  concurrency = EXTRACT_CONCURRENCY,
): AsyncGenerator<IngestItem> {
  const ids = chunk.flatMap((a) => (a.ok ? [documentId(a.article.text)] : []));
  const existing = await findExistingDocuments(ids);
  // In order, with up to `concurrency` extractions running ahead.
  const pending: Promise<IngestItem>[] = [];
  let next = 0;
  while (next < chunk.length && pending.length < concurrency)
    pending.push(itemFor(chunk[next++]!, existing, extract));
  while (pending.length) {
    const item = await pending.shift()!;
    if (next < chunk.length) pending.push(itemFor(chunk[next++]!, existing, extract));
    yield item;
  }
}

/** Runs the extractor and checks its output against the Extraction schema. */
export async function extractValidated(
  extract: ExtractFn,
  input: ArticleInput,
): Promise<Extraction> {
  const parsed = extractionSchema.safeParse(await extract(input));
  if (!parsed.success)
    throw new Error(
      `the extractor returned an invalid extraction: ${parsed.error.issues[0]?.message ?? ""}`,
    );
  return parsed.data;
}
