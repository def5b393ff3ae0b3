/**
 * Scores extraction against gold annotations (FORMAT.md).
 *
 *   npm run eval -- GOLD.jsonl [--pred PRED.jsonl] [--json] [--details]
 *
 * Without --pred the extractor runs on each gold line's text. --json prints the whole score as
 * one JSON object; --details adds each document's false positives and negatives to the table.
 * Exit codes: 0 scored; 1 failed while scoring (an extractor error, printed in full); 2 bad
 * arguments, a missing or malformed input (named with file and line), or no extractor.
 */
import { parseArgs } from "node:util";
import { assertReadable, InputError } from "@/lib/corpus/files";
import { readAllJsonLines } from "@/lib/corpus/jsonl";
import { goldLine, predictionLine, type GoldLine, type PredictionLine } from "@/lib/eval/formats";
import { formatReport } from "@/lib/eval/report";
import { NlpUnavailableError } from "@/lib/nlp/client";
import { ExtractorUnavailableError, loadExtractor, predictGold } from "@/lib/eval/run-extractor";
import { scoreCorpus, ScoreInputError } from "@/lib/eval/score";

const USAGE = "usage: npm run eval -- GOLD.jsonl [--pred PRED.jsonl] [--json] [--details]";

function parseCli() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      pred: { type: "string" },
      json: { type: "boolean", default: false },
      details: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [gold, ...rest] = positionals;
  if (!gold || rest.length > 0) throw new UsageError(USAGE);
  return { gold, pred: values.pred, json: values.json, details: values.details };
}

class UsageError extends Error {}

async function predictions(golds: GoldLine[], pred: string | undefined): Promise<PredictionLine[]> {
  if (pred !== undefined) {
    await assertReadable(pred);
    return readAllJsonLines(pred, predictionLine);
  }
  return predictGold(golds, await loadExtractor());
}

async function main(): Promise<void> {
  const args = parseCli();
  await assertReadable(args.gold);
  const golds = await readAllJsonLines(args.gold, goldLine);
  const score = scoreCorpus(golds, await predictions(golds, args.pred));
  process.stdout.write(
    args.json ? JSON.stringify(score, null, 2) + "\n" : formatReport(score, args),
  );
}

/** Errors that are the caller's to fix: a message is enough, and the exit code is 2. */
function isInputProblem(error: unknown): error is Error {
  return (
    error instanceof UsageError ||
    error instanceof InputError ||
    error instanceof ScoreInputError ||
    error instanceof ExtractorUnavailableError ||
    error instanceof NlpUnavailableError ||
    ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ?? false)
  );
}

main().catch((error: unknown) => {
  const problem = isInputProblem(error);
  const hint =
    error instanceof ExtractorUnavailableError ? "; score a file with --pred PRED.jsonl" : "";
  console.error(problem ? `${error.message}${hint}` : error);
  process.exitCode = problem ? 2 : 1;
});
