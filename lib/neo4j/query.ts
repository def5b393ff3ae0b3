import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { config } from "@/lib/config";
import { toAppError } from "./db-errors";
import { databaseName, getDriver, MAX_RETRY_MS } from "./driver";
import { toNeo4jParams, toPlain } from "./values";

export type AccessMode = "READ" | "WRITE";

/** Anything that runs Cypher in an open transaction: a managed or an explicit one. */
export type QueryRunner = Pick<ManagedTransaction, "run">;

/** A query the app owns: its Cypher file, access mode, and the shape of its params and rows. */
export interface Query<P extends z.ZodType, R extends z.ZodType> {
  file: string;
  text: string;
  mode: AccessMode;
  params: P;
  row: R;
}

/** Root of the cypher/ folder. Overridable for bundled deployments that move files. */
export function cypherRoot(): string {
  return (
    process.env.LIAISON_CYPHER_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "cypher")
  );
}

/** Reads a query file; a missing file throws when the defining module loads, so tests catch it. */
export function readCypher(file: string): string {
  // cypher/** ships with the build via outputFileTracingIncludes, so tracing here is not needed.
  const text = readFileSync(path.join(/*turbopackIgnore: true*/ cypherRoot(), file), "utf8").trim();
  if (!text) throw new Error(`cypher/${file} is empty`);
  return text;
}

export function defineQuery<P extends z.ZodType, R extends z.ZodType>(spec: {
  file: string;
  mode: AccessMode;
  params: P;
  row: R;
}): Query<P, R> {
  return { ...spec, text: withoutCommentLines(readCypher(spec.file)) };
}

/**
 * The query as sent: whole-line comments dropped. They document the file; on the wire they only
 * cost bytes (the driver flushes every 1,400, so a long commented query took an extra socket write).
 */
export function withoutCommentLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("//"))
    .join("\n");
}

export interface RunOptions {
  /** Run inside a transaction the caller manages (several queries, one commit). */
  tx?: QueryRunner;
  /** Server-side transaction timeout in milliseconds. */
  timeoutMs?: number;
}

async function runIn<P extends z.ZodType, R extends z.ZodType>(
  tx: QueryRunner,
  query: Query<P, R>,
  params: z.infer<P>,
): Promise<z.infer<R>[]> {
  const result = await tx.run(query.text, toNeo4jParams(params) as Record<string, unknown>);
  return result.records.map((record) => {
    const plain: Record<string, unknown> = {};
    for (const key of record.keys) plain[String(key)] = toPlain(record.get(key));
    const parsed = query.row.safeParse(plain);
    if (!parsed.success) {
      throw new Error(
        `cypher/${query.file} returned a row of unexpected shape: ${parsed.error.message}`,
      );
    }
    return parsed.data;
  });
}

/**
 * Runs one query: validates params, runs it in a managed transaction of its access mode (retried
 * by the driver on transient errors), converts values to plain JSON and validates every row.
 */
export async function runQuery<P extends z.ZodType, R extends z.ZodType>(
  query: Query<P, R>,
  params: z.input<P>,
  options: RunOptions = {},
): Promise<z.infer<R>[]> {
  const checked = query.params.parse(params) as z.infer<P>;
  if (options.tx) return runIn(options.tx, query, checked);
  if (query.mode === "READ") return readAutoCommit(query, checked, options);
  return withTransaction(query.mode, (tx) => runIn(tx, query, checked), options);
}

/**
 * A read on its own runs as an auto-commit transaction: one round trip (run and pull) instead of
 * a managed transaction's begin, run and commit, which made the server's share of an explorer
 * request about a third cheaper (direct driver, 16 clients: 540-700 against 830-860 neighbourhood
 * queries/s). The driver does not retry auto-commit transactions; a read changes nothing, so
 * this does, on the same errors and for as long as the driver would.
 */
async function readAutoCommit<P extends z.ZodType, R extends z.ZodType>(
  query: Query<P, R>,
  params: z.infer<P>,
  options: Pick<RunOptions, "timeoutMs">,
): Promise<z.infer<R>[]> {
  const started = Date.now();
  const txConfig = options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      return await readGate().run(async () => {
        const session = getDriver().session({
          database: databaseName(),
          defaultAccessMode: neo4j.session.READ,
        });
        try {
          return await runIn(
            { run: (text, values) => session.run(text, values, txConfig) },
            query,
            params,
          );
        } finally {
          await session.close();
        }
      });
    } catch (error) {
      const delay = Math.min(1_000, 100 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
      if (!neo4j.isRetryableError(error) || Date.now() - started + delay > MAX_RETRY_MS) {
        throw toAppError(error);
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Lets at most `limit` pieces of work run at once; the others wait their turn, first come first served. */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      // The slot passes straight to the next in line, or frees up.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/**
 * Explorer reads in Neo4j at once; more wait their turn here. A few queries at a time finish
 * sooner than many sharing the server's cores: with 16 clients on the 1M-relationship graph, at most
 * 6 at once gave neighbourhood p95 42.8-51.3 ms where no limit gave 46.8-57.2 (interleaved runs;
 * 3 at once was no better than 6). The default, 2 per core plus 2, fits a Neo4j on this machine
 * (as `npm run up` starts it); a bigger server elsewhere wants LIAISON_READ_CONCURRENCY raised.
 */
export function defaultReadConcurrency(): number {
  return 2 * availableParallelism() + 2;
}

let gate: Gate | undefined;
function readGate(): Gate {
  gate ??= new Gate(config().LIAISON_READ_CONCURRENCY ?? defaultReadConcurrency());
  return gate;
}

const writes = ((globalThis as { __liaisonWrites?: { count: number } }).__liaisonWrites ??= {
  count: 0,
});

/** How many write transactions this process has finished: caches of graph-wide answers (health counts) key on it. */
export function writeCount(): number {
  return writes.count;
}

/** Runs `work` in one managed transaction: all of its queries commit together or not at all. */
export async function withTransaction<T>(
  mode: AccessMode,
  work: (tx: ManagedTransaction) => Promise<T>,
  options: Pick<RunOptions, "timeoutMs"> = {},
): Promise<T> {
  const session = getDriver().session({
    database: databaseName(),
    defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
  });
  const txConfig = options.timeoutMs ? { timeout: options.timeoutMs } : undefined;
  try {
    return mode === "READ"
      ? await session.executeRead(work, txConfig)
      : await session.executeWrite(work, txConfig);
  } catch (error) {
    throw toAppError(error);
  } finally {
    if (mode === "WRITE") writes.count++; // also after a failure: it may have committed before the error
    await session.close();
  }
}
