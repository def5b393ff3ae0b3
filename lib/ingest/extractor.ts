import { extractArticle } from "@/lib/extract";
import type { ArticleInput, Extraction } from "@/lib/schema/extraction";
import { extractValidated } from "./extract-items";

/** The extractor as the API uses it: its output checked against the Extraction schema. */
export function extract(input: ArticleInput): Extraction {
  return extractValidated(extractArticle, input);
}
