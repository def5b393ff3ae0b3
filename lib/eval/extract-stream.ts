import type { ArticleResult } from "@/lib/corpus/read-articles";
import { describeExtraction } from "./describe-extraction";
import { toPrediction } from "./prediction";
import { extractValidated, type ExtractFn } from "./run-extractor";

/**
 * The loop behind `npm run extract`: one article at a time from the reader, through the
 * extractor, out as a prediction line or a readable summary. Outputs are injected so the loop is
 * tested without a process; `out` may return a promise to apply back-pressure.
 */

export interface StreamOptions {
  mode: "jsonl" | "readable";
  extract: ExtractFn;
  out: (text: string) => void | Promise<void>;
  /** Messages about bad inputs; never mixed into `out`. */
  err: (message: string) => void;
}

export interface Totals {
  documents: number;
  entities: number;
  relations: number;
  /** Inputs that could not be read or extracted; each was reported through `err`. */
  failures: number;
  milliseconds: number;
}

export async function streamExtractions(
  articles: AsyncIterable<ArticleResult>,
  options: StreamOptions,
): Promise<Totals> {
  const totals: Totals = { documents: 0, entities: 0, relations: 0, failures: 0, milliseconds: 0 };
  for await (const result of articles) {
    if (!result.ok) {
      totals.failures += 1;
      options.err(result.error.message);
      continue;
    }
    const text = await extractOne(result.article, options, totals);
    if (text !== null) await options.out(text);
  }
  return totals;
}

/** The output for one article, or null after reporting why there is none. */
async function extractOne(
  article: Extract<ArticleResult, { ok: true }>["article"],
  options: StreamOptions,
  totals: Totals,
): Promise<string | null> {
  const { id, text, title, publishedAt, source } = article;
  const started = performance.now();
  let extraction;
  try {
    extraction = await extractValidated(
      options.extract,
      { id, text, title, publishedAt, source },
      article.origin,
    );
  } catch (error) {
    if ((error as Error).name === "NlpUnavailableError") throw error;
    totals.failures += 1;
    options.err(`${article.origin}: ${(error as Error).message}`);
    return null;
  }
  const milliseconds = performance.now() - started;
  totals.documents += 1;
  totals.entities += extraction.entities.length;
  totals.relations += extraction.relations.length;
  totals.milliseconds += milliseconds;
  if (options.mode === "jsonl") return JSON.stringify(toPrediction(extraction, id)) + "\n";
  return describeExtraction(extraction, { label: id, title, milliseconds }) + "\n\n";
}

export function formatTotals(totals: Totals): string {
  const failed =
    totals.failures > 0 ? `; ${count(totals.failures, "input")} failed (reported above)` : "";
  return (
    `${count(totals.documents, "document")}, ${count(totals.entities, "entity", "entities")}, ` +
    `${count(totals.relations, "relation")}, ${totals.milliseconds.toFixed(0)} ms extracting${failed}`
  );
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
