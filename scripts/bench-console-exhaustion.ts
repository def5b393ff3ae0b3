// Console exhaustion, measured: runs every query of lib/console/exhaustion-queries.ts through the
// console (2 s timeout) against NEO4J_URI and prints, per query, the answer, when it came, when the
// query had ended inside Neo4j (SHOW TRANSACTIONS), the slowest ping through the driver meanwhile,
// and at the end whether Neo4j's JVM was restarted.
//   npx tsx scripts/bench-console-exhaustion.ts
// Needs a database the fixture may be written to (it adds and removes :ExhaustionFixture nodes).
import { AppError } from "@/lib/errors";
import {
  EXHAUSTION_FIXTURE,
  EXHAUSTION_GROUPS,
  EXHAUSTION_QUERIES,
  EXHAUSTION_TIMEOUT_MS,
} from "@/lib/console/exhaustion-queries";
import { consoleQueriesRunning, runConsoleQuery } from "@/lib/console/run";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";

async function cypher(text: string) {
  return (await getDriver().executeQuery(text, {}, { database: databaseName() })).records;
}

async function jvmStartTime(): Promise<number> {
  const [record] = await cypher(
    "CALL dbms.queryJmx('java.lang:type=Runtime') YIELD attributes RETURN attributes.StartTime.value AS t",
  );
  return Number(record!.get("t"));
}

async function openConsoleTransactions(): Promise<number> {
  const [record] = await cypher(
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'liaison-console' RETURN count(*) AS n",
  );
  return Number(record!.get("n"));
}

async function answer(query: string): Promise<string> {
  try {
    const result = await runConsoleQuery(
      { query },
      { limits: { timeoutMs: EXHAUSTION_TIMEOUT_MS } },
    );
    return `200 (${result.rows.length} rows)`;
  } catch (error) {
    if (!(error instanceof AppError)) return `error ${String(error)}`;
    const { reason } = error.toJSON().error as { reason?: string };
    return `${error.status} ${reason ?? error.code}`;
  }
}

async function measure(name: string, queries: string[]) {
  while (consoleQueriesRunning() > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  let slowestPing = 0;
  let pinging = true;
  const pinger = (async () => {
    while (pinging) {
      const started = Date.now();
      await cypher("RETURN 1").catch(() => {});
      slowestPing = Math.max(slowestPing, Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const started = Date.now();
  const answers = await Promise.all(
    queries.map((query) => answer(query).then((a) => ({ a, ms: Date.now() - started }))),
  );
  while ((await openConsoleTransactions()) > 0 && Date.now() - started < 30_000)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const endedMs = Date.now() - started;
  pinging = false;
  await pinger;
  const summary = [...new Set(answers.map((x) => x.a))].join(", ");
  const answeredMs = Math.max(...answers.map((x) => x.ms));
  console.log(
    `${name.padEnd(62)} ${summary.padEnd(28)} answered ${String(answeredMs).padStart(5)} ms  ended ${String(endedMs).padStart(5)} ms  slowest ping ${String(slowestPing).padStart(4)} ms`,
  );
  return { endedMs, slowestPing };
}

async function main() {
  await cypher("MATCH (n:ExhaustionFixture) DETACH DELETE n");
  for (const statement of EXHAUSTION_FIXTURE) await cypher(statement);
  const startTime = await jvmStartTime();
  const results = [];
  for (const [name, query] of EXHAUSTION_QUERIES) results.push(await measure(name, [query]));
  for (const [name, queries] of EXHAUSTION_GROUPS) results.push(await measure(name, queries));
  const restarted = (await jvmStartTime()) !== startTime;
  await cypher("MATCH (n:ExhaustionFixture) DETACH DELETE n");
  const worstEnded = Math.max(...results.map((r) => r.endedMs));
  const worstPing = Math.max(...results.map((r) => r.slowestPing));
  console.log(
    `\n${results.length} runs: latest end inside Neo4j ${worstEnded} ms (limit ${EXHAUSTION_TIMEOUT_MS + 2000}), slowest ping ${worstPing} ms, Neo4j restarted: ${restarted ? "YES" : "no"}`,
  );
  await closeDriver();
}

void main();
