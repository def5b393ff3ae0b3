/**
 * Loads articles into the graph: extracts each one and writes it through lib/ingest.
 *
 *   npm run ingest -- <file|folder|file.jsonl|->  [--batch 100] [--concurrency 2]
 *
 * Inputs as `npm run extract` reads them (lib/corpus): .txt/.md with optional Title/Date/Source
 * headers, .html, .jsonl lines {id?, text, title?, publishedAt?, source?}, folders (recursive,
 * sorted), "-" for stdin. Shows a progress bar on stderr, then a summary. Documents already in the
 * graph are skipped, so a rerun after a failure or a crash finishes the job. Exit 1 when any
 * document failed (they are named), 2 for bad arguments, a missing input or no database.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { assertReadable, InputError } from "@/lib/corpus/files";
import { listArticleFiles, readArticles } from "@/lib/corpus/read-articles";
import { NlpUnavailableError } from "@/lib/nlp/client";
import { ExtractorUnavailableError, loadExtractor } from "@/lib/eval/run-extractor";
import { AppError } from "@/lib/errors";
import { closeDriver } from "@/lib/neo4j/driver";
import { applySchema } from "@/lib/neo4j/schema";
import { extractItems } from "@/lib/ingest/extract-items";
import { ingestStream } from "@/lib/ingest/ingest-stream";
import { progressReporter } from "@/lib/ingest/progress-bar";
import { formatSummary } from "@/lib/ingest/summary";

const USAGE = "usage: npm run ingest -- <file|folder|file.jsonl|-> [--batch N] [--concurrency N]";

class UsageError extends Error {}

function parseCli() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      batch: { type: "string", default: "100" },
      concurrency: { type: "string", default: "2" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [input, ...rest] = positionals;
  const batch = Number(values.batch);
  const concurrency = Number(values.concurrency);
  if (!input || rest.length > 0) throw new UsageError(USAGE);
  if (
    !Number.isInteger(batch) ||
    batch < 1 ||
    !Number.isInteger(concurrency) ||
    concurrency < 1 ||
    concurrency > 8
  ) {
    throw new UsageError(`--batch must be a whole number ≥ 1 and --concurrency 1–8\n${USAGE}`);
  }
  return { input, batch, concurrency };
}

/** How many documents the input holds, for the progress bar (null for stdin). */
async function countDocuments(input: string): Promise<number | null> {
  if (input === "-") return null;
  if ((await stat(input)).isDirectory()) {
    let total = 0;
    for (const file of await listArticleFiles(input))
      total += extname(file).toLowerCase() === ".jsonl" ? await countLines(file) : 1;
    return total;
  }
  return extname(input).toLowerCase() === ".jsonl" ? countLines(input) : 1;
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity }))
    if (line.trim() !== "") n += 1;
  return n;
}

async function main(): Promise<void> {
  const { input, batch, concurrency } = parseCli();
  await assertReadable(input, "file or folder");
  const extract = await loadExtractor();
  await applySchema();
  const total = await countDocuments(input);
  const progress = progressReporter(total);
  const summary = await ingestStream(extractItems(readArticles(input), extract), {
    batchSize: batch,
    concurrency,
    onProgress: ({ done }) => progress.update(done),
  });
  progress.finish(
    summary.documents.created + summary.documents.unchanged + summary.documents.failed,
  );
  for (const line of formatSummary(summary)) console.log(line);
  if (summary.documents.failed > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    const known =
      error instanceof UsageError ||
      error instanceof InputError ||
      error instanceof ExtractorUnavailableError ||
      error instanceof NlpUnavailableError ||
      (error instanceof AppError && error.code === "unavailable") ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(known ? `ingest: ${(error as Error).message}` : error);
    process.exitCode = known ? 2 : 1;
  })
  .finally(() => closeDriver());
