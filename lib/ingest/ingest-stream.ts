import { toAppError } from "@/lib/neo4j/db-errors";
import { checkExtraction, type MergeMap, type PreparedDocument } from "./plan";
import {
  loadKeepApart,
  loadMerges,
  NOTHING_ADDED,
  writeBatch,
  type Added,
  type BatchResult,
  type WriteOptions,
} from "./write-batch";

/** One input of a bulk ingest: a document ready to write, one known to be in already, or a failure. */
export type IngestItem =
  | { label: string; document: PreparedDocument }
  | { label: string; alreadyIn: true }
  | { label: string; error: string };

export interface IngestProgress {
  done: number;
  created: number;
  unchanged: number;
  failed: number;
}

export interface IngestOptions {
  /** Documents per transaction (whole documents only; a document is never split). */
  batchSize?: number;
  /** Start a new transaction before a batch passes this many relation and evidence rows. */
  maxRows?: number;
  /** Transactions in flight at once. */
  concurrency?: number;
  merges?: MergeMap;
  /** Entity pairs never joined by name resolution (undone merges); loaded when not given. */
  keepApart?: ReadonlySet<string>;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary {
  documents: { created: number; unchanged: number; failed: number };
  added: Added;
  failures: { label: string; message: string }[];
  seconds: number;
}

interface Pending {
  label: string;
  document: PreparedDocument;
}

/**
 * Ingests a stream of documents in batched transactions, a few in flight at once, holding only
 * the current batches in memory. A batch that fails for a reason other than the database being
 * down is retried one document per transaction, so one bad document fails alone and is named.
 * When the database goes away the run stops with that error (what was committed stays committed;
 * a rerun skips it).
 */
export async function ingestStream(
  items: AsyncIterable<IngestItem>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 100;
  const maxRows = options.maxRows ?? 20_000;
  const concurrency = options.concurrency ?? 2;
  const ingestedAt = new Date().toISOString();
  const write: WriteOptions = {
    merges: options.merges ?? (await loadMerges()),
    keepApart: options.keepApart ?? (await loadKeepApart()),
    ingestedAt,
  };
  const summary: Omit<IngestSummary, "seconds"> = {
    documents: { created: 0, unchanged: 0, failed: 0 },
    added: { ...NOTHING_ADDED },
    failures: [],
  };
  const report = () =>
    options.onProgress?.({
      done: summary.documents.created + summary.documents.unchanged + summary.documents.failed,
      ...summary.documents,
    });
  const fail = (label: string, message: string) => {
    summary.documents.failed += 1;
    summary.failures.push({ label, message });
  };
  const count = (result: BatchResult) => {
    summary.documents.created += result.created.length;
    summary.documents.unchanged += result.unchanged.length;
    for (const key of ["entities", "relations", "evidence"] as const)
      summary.added[key] += result.added[key];
    report();
  };

  const inFlight = new Set<Promise<void>>();
  let fatal: unknown;
  const flush = async (batch: Pending[]) => {
    const task = writeWithFallback(batch, write, count, fail)
      .catch((error: unknown) => void (fatal ??= error))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
  };

  let batch: Pending[] = [];
  let rows = 0;
  for await (const item of items) {
    if (fatal) break;
    if ("error" in item) fail(item.label, item.error);
    else if ("alreadyIn" in item) summary.documents.unchanged += 1;
    if (!("document" in item)) {
      report();
      continue;
    }
    try {
      checkExtraction(item.document.extraction);
    } catch (error) {
      fail(item.label, (error as Error).message);
      report();
      continue;
    }
    // A relation and its evidence per extracted relation, at most (before dedup).
    const size = 2 * item.document.extraction.relations.length;
    if (batch.length > 0 && (batch.length >= batchSize || rows + size > maxRows)) {
      await flush(batch);
      batch = [];
      rows = 0;
    }
    batch.push({ label: item.label, document: item.document });
    rows += size;
  }
  if (batch.length > 0 && !fatal) await flush(batch);
  await Promise.all(inFlight);
  if (fatal) throw fatal;
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}

async function writeWithFallback(
  batch: Pending[],
  write: WriteOptions,
  count: (result: BatchResult) => void,
  fail: (label: string, message: string) => void,
): Promise<void> {
  try {
    count(
      await writeBatch(
        batch.map((p) => p.document),
        write,
      ),
    );
    return;
  } catch (error) {
    if (isFatal(error)) throw error;
    if (batch.length === 1) return fail(batch[0]!.label, describe(error));
  }
  // Something in the batch is bad: write one document per transaction to find it and keep the rest.
  for (const pending of batch) {
    try {
      count(await writeBatch([pending.document], write));
    } catch (error) {
      if (isFatal(error)) throw error;
      fail(pending.label, describe(error));
    }
  }
}

function isFatal(error: unknown): boolean {
  return toAppError(error).code === "unavailable";
}

function describe(error: unknown): string {
  const appError = toAppError(error);
  const cause = appError.cause instanceof Error ? `: ${appError.cause.message.split("\n")[0]}` : "";
  return appError.code === "internal" ? `${appError.message}${cause}` : appError.message;
}
