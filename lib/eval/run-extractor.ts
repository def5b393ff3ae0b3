import {
  extraction as extractionSchema,
  type ArticleInput,
  type Extraction,
} from "@/lib/schema/extraction";
import { describeIssues } from "@/lib/corpus/jsonl";
import type { GoldLine, PredictionLine } from "./formats";
import { toPrediction } from "./prediction";

export type ExtractFn = (input: ArticleInput) => Extraction;

/**
 * Runs the extractor over gold documents and returns prediction lines. The extractor's output is
 * validated here because it crosses into the scorer: a malformed extraction should fail with the
 * document id and the zod issues, not as a confusing score.
 */
export function predictGold(golds: readonly GoldLine[], extract: ExtractFn): PredictionLine[] {
  return golds.map((gold) => {
    const input: ArticleInput = {
      id: gold.id,
      text: gold.text,
      title: gold.title,
      publishedAt: gold.publishedAt,
    };
    return toPrediction(extractValidated(extract, input, gold.id), gold.id);
  });
}

/** Thrown when the extractor module is missing; the CLIs turn it into a usage message. */
export class ExtractorUnavailableError extends Error {}

/**
 * Loads the extractor on demand, so that scoring a prediction file does not load it (and its
 * gazetteers) at all. A failure to load becomes an ExtractorUnavailableError, which callers turn
 * into a plain message (the seed script carries on without sample articles).
 */
export async function loadExtractor(): Promise<ExtractFn> {
  try {
    const { extractArticle } = await import("@/lib/extract");
    return extractArticle;
  } catch (error) {
    throw new ExtractorUnavailableError(
      `the extractor (lib/extract) could not be loaded: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** Runs the extractor on one article and validates what it returns. */
export function extractValidated(
  extract: ExtractFn,
  input: ArticleInput,
  label: string,
): Extraction {
  const parsed = extractionSchema.safeParse(extract(input));
  if (!parsed.success)
    throw new Error(`extractor output for ${label} is invalid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
