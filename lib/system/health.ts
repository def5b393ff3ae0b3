import { z } from "zod";
import { config } from "@/lib/config";
import { writeAccess, type WriteAccess } from "@/lib/http/write-access";
import { toAppError } from "@/lib/neo4j/db-errors";
import { getDriver } from "@/lib/neo4j/driver";
import { defineQuery, runQuery, withTransaction, writeCount } from "@/lib/neo4j/query";
import { checkNlp, type NlpHealth } from "./nlp-health";

const components = defineQuery({
  file: "system/components.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({ name: z.string(), versions: z.array(z.string()), edition: z.string() }),
});

export const countsQuery = defineQuery({
  file: "system/counts.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({
    entities: z.number(),
    documents: z.number(),
    relations: z.number(),
    evidence: z.number(),
  }),
});

export interface Health {
  /** "degraded" when Neo4j answers but the NLP service does not: reads work, extraction does not. */
  status: "ok" | "degraded";
  neo4j: { version: string; edition: string; database: string };
  counts: { entities: number; relations: number; documents: number; evidence: number };
  /** Who may write (lib/http/write-access.ts), so the pages can say when writes are off. */
  writes: WriteAccess;
  nlp: NlpHealth;
}

/** How long one answer serves every caller: health is polled by every open page and by monitors. */
export const HEALTH_CACHE_MS = 2_000;
/**
 * An older answer is still given at once while a fresh one is read, up to this age. The read is
 * bounded by the query timeout and the driver's connection timeout, so this only matters when the
 * machine is too busy to run it for a while; a database that is down fails the read at once.
 */
const HEALTH_STALE_MS = 30_000;
/** Neo4j's own limit on the health queries: a database too busy to count in this time is not healthy. */
const HEALTH_QUERY_TIMEOUT_MS = 3_000;
/** A failure is kept shorter, so the pages see the database back soon after it is. */
const HEALTH_FAILURE_CACHE_MS = 1_000;

interface HealthEntry {
  /** When the answer arrived (or the check started, while it is in flight). */
  at: number;
  /** writeCount() when the check started: a write by this process makes the counts old. */
  writes: number;
  answer: Promise<Health>;
  settled?: "ok" | "failed";
}
const cache = ((
  globalThis as {
    __liaisonHealth?: { current?: HealthEntry; refreshing?: HealthEntry; timer?: NodeJS.Timeout };
  }
).__liaisonHealth ??= {});

function startCheck(): HealthEntry {
  const entry: HealthEntry = { at: Date.now(), writes: writeCount(), answer: readHealth() };
  entry.answer.then(
    () => Object.assign(entry, { at: Date.now(), settled: "ok" }),
    () => Object.assign(entry, { at: Date.now(), settled: "failed" }),
  );
  return entry;
}

/**
 * The health answer, from Neo4j at most once per HEALTH_CACHE_MS however many ask (and kept warm once asked): concurrent
 * callers share the check in flight, and while a newer one is read the last good answer (up to
 * HEALTH_STALE_MS old) is given at once, so health stays fast when reads queue for the database.
 * A write by this process (the counts changed) or `maxAgeMs: 0` asks Neo4j again.
 */
export function checkHealth(options: { maxAgeMs?: number } = {}): Promise<Health> {
  // Once asked, the answer is kept warm: a caller after a quiet spell need not wait for Neo4j either.
  cache.timer ??= setInterval(
    () => void checkHealth().catch(() => undefined),
    HEALTH_CACHE_MS / 2,
  ).unref();
  const now = Date.now();
  const maxAge = options.maxAgeMs ?? HEALTH_CACHE_MS;
  const current = cache.current;
  const sameGraph = current?.writes === writeCount();
  if (
    current &&
    sameGraph &&
    (!current.settled ||
      now - current.at < (current.settled === "failed" ? HEALTH_FAILURE_CACHE_MS : maxAge))
  ) {
    return current.answer;
  }
  if (current?.settled === "ok" && sameGraph && maxAge > 0 && now - current.at < HEALTH_STALE_MS) {
    if (!cache.refreshing) {
      const next = startCheck();
      cache.refreshing = next;
      const adopt = () => {
        cache.refreshing = undefined;
        if (next.settled === "ok" || cache.current === current) cache.current = next;
      };
      next.answer.then(adopt, adopt);
    }
    return current.answer;
  }
  cache.current = startCheck();
  return cache.current.answer;
}

/** Checks the database answers and reports its version and what the graph holds. */
async function readHealth(): Promise<Health> {
  const nlp = checkNlp(); // meanwhile; it never rejects
  // Fails at once when nothing listens, instead of waiting out the driver's retries.
  await getDriver()
    .getServerInfo({ database: config().NEO4J_DATABASE })
    .catch((error: unknown) => {
      throw toAppError(error);
    });
  // One transaction of its own, not the explorer's read queue (lib/neo4j/query.ts): both queries
  // are constant-time, and health must not wait behind a hundred neighbourhoods to say "ok".
  const [[component], [count]] = await withTransaction(
    "READ",
    async (tx) =>
      [await runQuery(components, {}, { tx }), await runQuery(countsQuery, {}, { tx })] as const,
    { timeoutMs: HEALTH_QUERY_TIMEOUT_MS },
  );
  return {
    status: (await nlp).status === "up" ? "ok" : "degraded",
    neo4j: {
      version: component?.versions[0] ?? "unknown",
      edition: component?.edition ?? "unknown",
      database: config().NEO4J_DATABASE,
    },
    counts: count ?? { entities: 0, relations: 0, documents: 0, evidence: 0 },
    writes: writeAccess(config()),
    nlp: await nlp,
  };
}
