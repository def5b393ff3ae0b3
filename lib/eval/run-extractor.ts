import {
  extraction as extractionSchema,
  type ArticleInput,
  type Extraction,
} from "@/lib/schema/extraction";
import { describeIssues } from "@/lib/corpus/jsonl";
import type { ExtractFn } from "@/lib/extract";
import type { GoldLine, PredictionLine } from "./formats";
import { toPrediction } from "./prediction";

export type { ExtractFn };

/**
 * Runs the extractor over gold documents and returns prediction lines. The extractor's output is
 * validated here because it crosses into the scorer: a malformed extraction should fail with the
 * document id and the zod issues, not as a confusing score.
 */
export async function predictGold(
  golds: readonly GoldLine[],
  extract: ExtractFn,
  concurrency = 4,
): Promise<PredictionLine[]> {
  const out: PredictionLine[] = new Array(golds.length);
  let next = 0;
  const worker = async () => {
    while (next < golds.length) {
      const i = next++;
      const gold = golds[i]!;
      const input: ArticleInput = {
        id: gold.id,
        text: gold.text,
        title: gold.title,
        publishedAt: gold.publishedAt,
      };
      out[i] = toPrediction(await extractValidated(extract, input, gold.id), gold.id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, golds.length) }, worker));
  return out;
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
    const { cliExtractor } = await import("@/lib/nlp/extractor");
    return cliExtractor();
  } catch (error) {
    throw new ExtractorUnavailableError(
      `the extractor (lib/extract) could not be loaded: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** Runs the extractor on one article and validates what it returns. */
export async function extractValidated(
  extract: ExtractFn,
  input: ArticleInput,
  label: string,
): Promise<Extraction> {
  const parsed = extractionSchema.safeParse(await extract(input));
  if (!parsed.success)
    throw new Error(`extractor output for ${label} is invalid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
