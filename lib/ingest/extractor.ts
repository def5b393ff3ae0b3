import { apiExtractor } from "@/lib/nlp/extractor";
import type { ArticleInput, Extraction } from "@/lib/schema/extraction";
import { extractValidated } from "./extract-items";

const extractor = apiExtractor();

/** The extractor as the API uses it (503 when the NLP service is down): its output checked against the Extraction schema. */
export function extract(input: ArticleInput): Promise<Extraction> {
  return extractValidated(extractor, input);
}
