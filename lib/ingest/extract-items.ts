import type { ArticleResult } from "@/lib/corpus/read-articles";
import type { ArticleInput, Extraction } from "@/lib/schema/extraction";
import { extraction as extractionSchema } from "@/lib/schema/extraction";
import { documentId } from "./document-id";
import type { IngestItem } from "./ingest-stream";
import { findExistingDocuments } from "./write-batch";

export type ExtractFn = (input: ArticleInput) => Extraction;

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

async function* processChunk(chunk: ArticleResult[], extract: ExtractFn): AsyncGenerator<IngestItem> {
  const ids = chunk.flatMap((a) => (a.ok ? [documentId(a.article.text)] : []));
  const existing = await findExistingDocuments(ids);
  for (const result of chunk) {
    if (!result.ok) {
      yield { label: result.error.file, error: result.error.message };
      continue;
    }
    const { article } = result;
    const label = article.origin;
    if (article.text.trim() === "") yield { label, error: "the article has no text" };
    else if (existing.has(documentId(article.text))) yield { label, alreadyIn: true };
    else {
      try {
        const extraction = extractValidated(extract, article);
        yield { label, document: { text: article.text, meta: { title: article.title, source: article.source, publishedAt: article.publishedAt }, extraction } };
      } catch (error) {
        yield { label, error: `extraction failed: ${(error as Error).message}` };
      }
    }
  }
}

/** Runs the extractor and checks its output against the Extraction schema. */
export function extractValidated(extract: ExtractFn, input: ArticleInput): Extraction {
  const parsed = extractionSchema.safeParse(extract(input));
  if (!parsed.success) throw new Error(`the extractor returned an invalid extraction: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}
