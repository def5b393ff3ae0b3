// Console overhead over the bare driver for a small read, in one process against NEO4J_URI:
//   npx tsx scripts/bench-console.ts [--runs 300]
// Runs the same query both ways, interleaved (bare driver: a READ session, run, read all records,
// close; console: runConsoleQuery with its EXPLAIN gate, READ transaction, rollback, plain JSON),
// and prints the median and 90th percentile of each and the difference of the medians. Cases: the
// same text again and again (the gate's verdict is remembered), a new text every run (EXPLAIN every
// time, and Neo4j plans every time for both), and a node returned (drawn: its degree is looked up).
import { parseArgs } from "node:util";
import neo4j from "neo4j-driver";
import { runConsoleQuery } from "@/lib/console/run";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "300" }, warmup: { type: "string", default: "50" } },
});
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);

interface Case {
  name: string;
  query: string;
  /** Make every run's text new (a trailing comment), so neither Neo4j's plan cache nor the console's gate cache helps. */
  fresh?: boolean;
}

async function bare(query: string, params: Record<string, unknown>): Promise<number> {
  const session = getDriver().session({
    database: databaseName(),
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.run(query, params);
    return result.records.length;
  } finally {
    await session.close();
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function someEntityId(): Promise<string> {
  const { records } = await getDriver().executeQuery(
    "MATCH (e:Entity) RETURN e.id AS id ORDER BY e.id LIMIT 1",
    {},
    { database: databaseName() },
  );
  const id = records[0]?.get("id");
  if (typeof id !== "string")
    throw new Error(
      "The database has no :Entity; load some articles first (npm run up seeds the samples).",
    );
  return id;
}

async function benchmark(
  { name, query, fresh = false }: Case,
  params: Record<string, unknown>,
): Promise<void> {
  const text = (i: number, way: string) =>
    fresh ? `${query} // ${way} ${i} ${Date.now()}` : query;
  for (let i = 0; i < WARMUP; i++) {
    await bare(text(i, "bare"), params);
    await runConsoleQuery({ query: text(i, "console"), params: params as Record<string, string> });
  }
  const bareMs: number[] = [];
  const consoleMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bareMs.push(await timed(() => bare(text(i, "bare"), params)));
    consoleMs.push(
      await timed(() =>
        runConsoleQuery({ query: text(i, "console"), params: params as Record<string, string> }),
      ),
    );
  }
  const fmt = (n: number) => n.toFixed(2).padStart(7);
  console.log(`${name} (${RUNS} runs each, interleaved, after ${WARMUP} warm-up runs)`);
  console.log(
    `  bare driver  median ${fmt(quantile(bareMs, 0.5))} ms   p90 ${fmt(quantile(bareMs, 0.9))} ms`,
  );
  console.log(
    `  console      median ${fmt(quantile(consoleMs, 0.5))} ms   p90 ${fmt(quantile(consoleMs, 0.9))} ms`,
  );
  console.log(`  overhead     median ${fmt(quantile(consoleMs, 0.5) - quantile(bareMs, 0.5))} ms`);
}

async function main(): Promise<void> {
  const params = { id: await someEntityId() };
  await benchmark(
    {
      name: "small read: one entity's name by id",
      query: "MATCH (e:Entity {id: $id}) RETURN e.name AS name",
    },
    params,
  );
  await benchmark(
    {
      name: "small read, a new query text every run (nothing cached)",
      query: "MATCH (e:Entity {id: $id}) RETURN e.name AS name",
      fresh: true,
    },
    params,
  );
  // Informational: returning the node also looks up its degree so the graph view can size it.
  await benchmark(
    {
      name: "small read returning the node (drawn as a graph)",
      query: "MATCH (e:Entity {id: $id}) RETURN e",
    },
    params,
  );
}

main()
  .catch((error: unknown) => {
    console.error(
      `[liaison] benchmark failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
