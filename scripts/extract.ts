/**
 * Runs the extractor over articles.
 *
 *   npm run extract -- <file|folder|->            readable summary per document
 *   npm run -s extract -- --jsonl <file|->        one prediction line per document (FORMAT.md)
 *
 * Inputs: .txt/.md (optional Title/Date/Source headers), .html/.htm, .jsonl lines
 * {id, text, title?, publishedAt?}, folders (recursive, sorted), "-" for stdin. With --jsonl a file
 * is read as JSON Lines whatever its extension, and stdout carries prediction lines and nothing
 * else; every message goes to stderr. A bad line or document is reported and skipped, the rest
 * still run, and the exit code is then 1. Exit 2: bad arguments, missing input or no extractor.
 */
import { once } from "node:events";
import { parseArgs } from "node:util";
import { assertReadable, InputError } from "@/lib/corpus/files";
import { readArticles } from "@/lib/corpus/read-articles";
import { formatTotals, streamExtractions } from "@/lib/eval/extract-stream";
import { NlpUnavailableError } from "@/lib/nlp/client";
import { ExtractorUnavailableError, loadExtractor } from "@/lib/eval/run-extractor";

const USAGE =
  "usage: npm run extract -- <file|folder|->   or   npm run -s extract -- --jsonl <file|->";

class UsageError extends Error {}

function parseCli(): { input: string; jsonl: boolean } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      jsonl: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [input, ...rest] = positionals;
  if (!input || rest.length > 0) throw new UsageError(USAGE);
  return { input, jsonl: values.jsonl };
}

/** Writes to stdout, waiting when its buffer is full, so memory stays flat on big inputs. */
async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

async function main(): Promise<void> {
  const { input, jsonl } = parseCli();
  await assertReadable(input, "file or folder");
  const totals = await streamExtractions(
    readArticles(input, { format: jsonl ? "jsonl" : "auto" }),
    {
      mode: jsonl ? "jsonl" : "readable",
      extract: await loadExtractor(),
      out: writeOut,
      err: (message) => console.error(message),
    },
  );
  if (totals.documents === 0 && totals.failures === 0) console.error(`no articles in ${input}`);
  // The totals are for people: on stdout in the readable mode, never among prediction lines.
  else if (jsonl) console.error(formatTotals(totals));
  else console.log(formatTotals(totals));
  if (totals.failures > 0) process.exitCode = 1;
}

// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main().catch((error: unknown) => {
  const known =
    error instanceof UsageError ||
    error instanceof InputError ||
    error instanceof ExtractorUnavailableError ||
    error instanceof NlpUnavailableError ||
    (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  console.error(known ? (error as Error).message : error);
  process.exitCode = known ? 2 : 1;
});
