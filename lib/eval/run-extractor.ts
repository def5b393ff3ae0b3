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
 * Loads the extractor on demand, so scoring a prediction file works without it. The specifier is
 * a variable so that this module type-checks before lib/extract exists.
 */
export async function loadExtractor(): Promise<ExtractFn> {
  const specifier = "@/lib/extract";
  const module = (await import(specifier).catch((error: unknown) => {
    if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
    // Also raised for a missing import inside lib/extract, hence the original message.
    throw new ExtractorUnavailableError(
      `the extractor (lib/extract) could not be loaded: ${(error as Error).message}`,
    );
  })) as { extractArticle?: unknown };
  if (typeof module.extractArticle !== "function") {
    throw new ExtractorUnavailableError("lib/extract does not export extractArticle");
  }
  return module.extractArticle as ExtractFn;
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
