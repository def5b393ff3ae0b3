import { randomUUID } from "node:crypto";
import type { Notification, QueryResult, Result, Transaction } from "neo4j-driver";
import { z } from "zod";
import { databaseName } from "@/lib/neo4j/driver";
import { toNeo4jParams, toPlain, type Json } from "@/lib/neo4j/values";
import type { GraphData } from "@/lib/schema/graph";
import { GraphCollector, type FoundGraph } from "./collect-graph";
import { lookUpEntities } from "./entities";
import { judgeText } from "./bounds";
import {
  answerTooLargeError,
  busyError,
  cancelledError,
  ConsoleError,
  positionAt,
  refusedError,
  timeoutError,
  toConsoleError,
  type CypherPosition,
} from "./errors";
import { judgePlan, type PlanSummary } from "./gate";
import { PassedQueries } from "./passed-queries";
import { consoleLimits, type ConsoleLimits } from "./settings";
import { stoppableSession } from "./stoppable-session";
import { ensureEnded } from "./termination";
import { entityLookupIds, toGraphData, type DrawnCounts, type EntityRow } from "./to-graph-data";

export const MAX_QUERY_CHARS = 20_000;

/** `POST /api/cypher` body: the user's Cypher and its `$parameters`. */
export const consoleRequest = z.object({
  query: z
    .string()
    .max(MAX_QUERY_CHARS, `A query may be at most ${MAX_QUERY_CHARS} characters long.`)
    .refine((query) => query.trim().length > 0, "Type a query first."),
  params: z.record(z.string(), z.json()).default({}),
});
export type ConsoleRequest = z.input<typeof consoleRequest>;

export interface ConsoleNotice {
  code: string;
  title: string;
  description: string;
  severity: string;
  position?: CypherPosition;
}

export interface ConsoleSummary {
  rowCount: number;
  truncated: boolean;
  rowCap: number;
  timeMs: number;
  timeoutMs: number;
  queryType: "r";
  notifications: ConsoleNotice[];
  graph: DrawnCounts;
}

export interface ConsoleResult {
  columns: string[];
  rows: Record<string, Json>[];
  graph: GraphData;
  summary: ConsoleSummary;
}

export interface ConsoleOptions {
  /** Aborted when the client goes away or sends a newer query: the running query is stopped. */
  signal?: AbortSignal;
  /** Overrides of the configured limits (tests use short timeouts). */
  limits?: Partial<ConsoleLimits>;
}

const EXPLAIN_PREFIX = "EXPLAIN ";

const passed = new PassedQueries<ConsoleNotice[]>(500);
let running = 0;

/** Console queries this process counts as running: until each has ended inside Neo4j too. */
export function consoleQueriesRunning(): number {
  return running;
}

interface Streamed {
  columns: string[];
  rows: Record<string, Json>[];
  found: FoundGraph;
  truncated: boolean;
}

interface Answered extends Streamed {
  entities: EntityRow[];
}

/**
 * Reads at most `rowCap` records; on the one after, stops consuming (the rest is discarded). Counts
 * the JSON size of the rows as they arrive and stops reading, with an error, once it passes
 * `maxAnswerBytes`: the caller then resets the session, which ends the query in Neo4j.
 */
async function streamRows(
  result: Result,
  limits: Pick<ConsoleLimits, "rowCap" | "maxAnswerBytes">,
): Promise<Streamed> {
  const columns = (await result.keys()).map(String);
  const rows: Record<string, Json>[] = [];
  const collector = new GraphCollector();
  let truncated = false;
  let bytes = 0;
  for await (const record of result) {
    if (rows.length === limits.rowCap) {
      truncated = true;
      break;
    }
    const row: Record<string, Json> = {};
    for (const key of columns) row[key] = toPlain(record.get(key));
    bytes += Buffer.byteLength(JSON.stringify(row));
    if (bytes > limits.maxAnswerBytes) throw answerTooLargeError(limits.maxAnswerBytes);
    for (const key of columns) collector.add(record.get(key));
    rows.push(row);
  }
  return { columns, rows, found: collector.result(), truncated };
}

function notices(summary: QueryResult["summary"], query: string): ConsoleNotice[] {
  return summary.notifications.map((n: Notification) => {
    const offset =
      n.position && "offset" in n.position ? Number(n.position.offset) - EXPLAIN_PREFIX.length : -1;
    return {
      code: n.code,
      title: n.title,
      description: n.description,
      severity: n.rawSeverityLevel,
      ...(offset >= 0 && offset <= query.length && { position: positionAt(query, offset) }),
    };
  });
}

/** Plans `EXPLAIN <query>` and refuses it unless read-only; answers Neo4j's warnings about it. */
async function gate(
  tx: Transaction,
  query: string,
  params: Record<string, unknown>,
): Promise<ConsoleNotice[]> {
  const planned = await tx.run(EXPLAIN_PREFIX + query, params).summary();
  const refusal = judgePlan(planned as unknown as PlanSummary, databaseName());
  if (refusal) throw refusedError(refusal);
  return notices(planned, query);
}

/**
 * Runs one user-typed Cypher query safely: in a READ transaction that is always rolled back, after
 * `EXPLAIN` proved it read-only (lib/console/gate.ts), under a timeout and a row cap, stoppable by
 * the caller. Answers the rows as plain JSON, the graph found anywhere in them, and a summary.
 */
export async function runConsoleQuery(
  input: ConsoleRequest,
  options: ConsoleOptions = {},
): Promise<ConsoleResult> {
  const { query, params } = consoleRequest.parse(input);
  const limits = { ...consoleLimits(), ...options.limits };
  const refusal = judgeText(query, params);
  if (refusal) throw refusedError(refusal);
  if (running >= limits.maxRunning) throw busyError(limits.maxRunning);
  running += 1;
  const ended: Ended = { done: Promise.resolve() };
  try {
    return await runGated(query, params, limits, ended, options.signal);
  } finally {
    // The slot stays taken until the query has ended inside Neo4j too, not only in the app.
    void ended.done.finally(() => (running -= 1));
  }
}

/** Settles once the run has ended inside Neo4j (checked with SHOW TRANSACTIONS when it was stopped). */
interface Ended {
  done: Promise<unknown>;
}

async function runGated(
  query: string,
  params: Record<string, Json>,
  limits: ConsoleLimits,
  ended: Ended,
  signal?: AbortSignal,
): Promise<ConsoleResult> {
  const started = performance.now();
  const run = stoppableSession(limits, signal);
  const runId = randomUUID();
  let cutShort = false;
  let tx: Transaction | undefined;
  let prefixLength = EXPLAIN_PREFIX.length;
  let streamed: Answered;
  let notifications: ConsoleNotice[] = [];
  try {
    const work = async () => {
      tx = run.session.beginTransaction({
        timeout: limits.timeoutMs,
        metadata: { app: "liaison-console", run: runId },
      });
      await run.watchAnswer();
      const neo4jParams = toNeo4jParams(params) as Record<string, unknown>;
      const key = `${databaseName()}\u0000${query}`;
      notifications = passed.get(key) ?? (await gate(tx, query, neo4jParams));
      passed.set(key, notifications);
      prefixLength = 0;
      const streamed = await streamRows(tx.run(query, neo4jParams), limits);
      // The app's fixed lookup of the drawn entities, in the same read transaction (no new session).
      const entities = await lookUpEntities(entityLookupIds(streamed.found), tx);
      return { ...streamed, entities };
    };
    const working = work();
    working.catch(() => {}); // when stopped first, its late failure is expected and ignored
    streamed = await Promise.race([working, run.stopped]);
  } catch (error) {
    // Stopped by the app (deadline, cancel, answer too large): Neo4j may still be running it.
    // A query that failed in Neo4j (its own error) has ended there already.
    const tooLarge = error instanceof ConsoleError && error.reason === "too_large";
    if (tooLarge) void run.cutOff();
    cutShort = tooLarge || run.stopReason() !== undefined;
    const reason = run.stopReason();
    if (reason === "too_large") throw answerTooLargeError(limits.maxAnswerBytes);
    if (reason) throw reason === "timeout" ? timeoutError(limits.timeoutMs) : cancelledError();
    throw toConsoleError(error, query, prefixLength, limits.timeoutMs);
  } finally {
    // Rolling back, closing and checking that a stopped query ended need not hold up the answer.
    // A stopped run is checked at once on another connection: its own may be dropped mid-record.
    const finished = run.finish(tx);
    ended.done = cutShort ? ensureEnded(runId) : finished;
  }
  const { graph, counts } = toGraphData(streamed.found, streamed.entities);
  return {
    columns: streamed.columns,
    rows: streamed.rows,
    graph,
    summary: {
      rowCount: streamed.rows.length,
      truncated: streamed.truncated,
      rowCap: limits.rowCap,
      timeMs: Math.round((performance.now() - started) * 10) / 10,
      timeoutMs: limits.timeoutMs,
      queryType: "r",
      notifications,
      graph: counts,
    },
  };
}
