import { toAppError } from "@/lib/neo4j/db-errors";
import { planDocument, type DocumentPlan, type MergeMap, type PreparedDocument } from "./plan";
import { loadMerges, NOTHING_ADDED, writeBatch, type Added, type BatchResult } from "./write-batch";

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
  plan: DocumentPlan;
}

/**
 * Ingests a stream of documents in batched transactions, a few in flight at once, holding only
 * the current batches in memory. A batch that fails for a reason other than the database being
 * down is retried one document per transaction, so one bad document fails alone and is named.
 * When the database goes away the run stops with that error (what was committed stays committed;
 * a rerun skips it).
 */
export async function ingestStream(items: AsyncIterable<IngestItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 100;
  const maxRows = options.maxRows ?? 20_000;
  const concurrency = options.concurrency ?? 2;
  const merges = options.merges ?? (await loadMerges());
  const summary: Omit<IngestSummary, "seconds"> = { documents: { created: 0, unchanged: 0, failed: 0 }, added: { ...NOTHING_ADDED }, failures: [] };
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
    for (const key of ["entities", "relations", "evidence"] as const) summary.added[key] += result.added[key];
    report();
  };

  const inFlight = new Set<Promise<void>>();
  let fatal: unknown;
  const flush = async (batch: Pending[]) => {
    const task = writeWithFallback(batch, count, fail)
      .catch((error: unknown) => void (fatal ??= error))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
  };

  let batch: Pending[] = [];
  let rows = 0;
  const ingestedAt = new Date().toISOString();
  for await (const item of items) {
    if (fatal) break;
    if ("error" in item) fail(item.label, item.error);
    else if ("alreadyIn" in item) summary.documents.unchanged += 1;
    if (!("document" in item)) {
      report();
      continue;
    }
    let plan: DocumentPlan;
    try {
      plan = planDocument(item.document, merges, ingestedAt);
    } catch (error) {
      fail(item.label, (error as Error).message);
      report();
      continue;
    }
    const size = plan.relations.length + plan.evidence.length;
    if (batch.length > 0 && (batch.length >= batchSize || rows + size > maxRows)) {
      await flush(batch);
      batch = [];
      rows = 0;
    }
    batch.push({ label: item.label, plan });
    rows += size;
  }
  if (batch.length > 0 && !fatal) await flush(batch);
  await Promise.all(inFlight);
  if (fatal) throw fatal;
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}

async function writeWithFallback(
  batch: Pending[],
  count: (result: BatchResult) => void,
  fail: (label: string, message: string) => void,
): Promise<void> {
  try {
    count(await writeBatch(batch.map((p) => p.plan)));
    return;
  } catch (error) {
    if (isFatal(error)) throw error;
    if (batch.length === 1) return fail(batch[0]!.label, describe(error));
  }
  // Something in the batch is bad: write one document per transaction to find it and keep the rest.
  for (const pending of batch) {
    try {
      count(await writeBatch([pending.plan]));
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
