import { extraction as extractionSchema, type ArticleInput, type Extraction } from "@/lib/schema/extraction";
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
    const input: ArticleInput = { id: gold.id, text: gold.text, title: gold.title, publishedAt: gold.publishedAt };
    const parsed = extractionSchema.safeParse(extract(input));
    if (!parsed.success) throw new Error(`extractor output for ${gold.id} is invalid: ${describeIssues(parsed.error)}`);
    return toPrediction(parsed.data, gold.id);
  });
}
