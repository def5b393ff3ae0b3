/**
 * Throughput of bulk intake: already-extracted generated documents written the batched way
 * (lib/ingest, UNWIND … MERGE, whole documents per transaction) against a naive baseline of one
 * transaction per relationship, in the same run, on the Neo4j in NEO4J_URI: each segment times a
 * slice of each, back to back, so both see the same machine load. Prints both rates (medians),
 * the ratio, and the process RSS as the corpus grows (memory must stay flat).
 *
 *   NEO4J_URI=bolt://127.0.0.1:7701 npx tsx scripts/bench-ingest.ts [--documents 10000]
 *     [--baseline 2000] [--segments 5] [--batch 500] [--concurrency 2]
 *
 * It also prints the CPU time the batched phases cost, this process's and (when Neo4j runs on this
 * machine) Neo4j's, per 1,000 relationships, and the rate that cost allows on this machine's
 * cores: a ceiling no batching can pass.
 *
 * Every run uses fresh names (a seed from the clock), so it never collides with earlier runs;
 * it adds to the database it is pointed at — use a database of your own.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDriver } from "@/lib/neo4j/driver";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { applySchema } from "@/lib/neo4j/schema";
import { ingestStream, type IngestItem } from "@/lib/ingest/ingest-stream";
import { planDocument } from "@/lib/ingest/plan";
import { syntheticCorpus, syntheticDocument } from "@/lib/ingest/synthetic-corpus";
import { claimDocuments } from "@/lib/ingest/queries";
import { checkConsistency, graphCounts } from "@/lib/ingest/counts";
import { config } from "@/lib/config";

const oneRelation = defineQuery({
  file: "ingest/bench-one-relation.cypher",
  mode: "WRITE",
  params: z.object({
    subject: z.record(z.string(), z.unknown()),
    object: z.record(z.string(), z.unknown()),
    relation: z.record(z.string(), z.unknown()),
    evidence: z.record(z.string(), z.unknown()),
  }),
  row: z.object({ id: z.string() }),
});

const { values } = parseArgs({
  options: {
    documents: { type: "string", default: "10000" },
    baseline: { type: "string", default: "2000" },
    segments: { type: "string", default: "5" },
    batch: { type: "string", default: "500" },
    concurrency: { type: "string", default: "2" },
  },
});
const documents = Number(values.documents);
const baselineTarget = Number(values.baseline);
const segments = Number(values.segments);
const seed = `b${Date.now().toString(36)}`;

const load = () =>
  `${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(" ")}`;
const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function* items(from: number, to: number): AsyncGenerator<IngestItem> {
  for (const document of syntheticCorpus(from, to, { seed }))
    yield { label: document.meta.title ?? "", document };
}

/** The pid of the process listening on the Neo4j URI's port, when that is this machine; else null. */
async function localNeo4jPid(): Promise<number | null> {
  const url = new URL(config().NEO4J_URI.replace(/^[a-z0-9+]+:/, "http:"));
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return null;
  const specifier = "./lib/neo4j-process.mjs"; // the launcher's own helper (plain JavaScript, no types)
  const { portListener } = (await import(specifier)) as {
    portListener: (port: number) => { pid: number } | null;
  };
  return portListener(Number(url.port || 7687))?.pid ?? null;
}

const CLOCK_TICKS =
  Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** CPU seconds (user + system) a process has used so far, from /proc; null when unreadable. */
function processCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

interface Segment {
  /** CPU seconds the batched phase cost: this process, and Neo4j (null when not measurable). */
  cpu: { node: number; neo4j: number | null };
  batchedRate: number;
  baselineRate: number;
  evidence: number;
  seconds: number;
}

/**
 * One segment: a slice of the corpus written the batched way, then a slice of the baseline right
 * after it, so both rates are taken under the same machine load (other processes share the CPU).
 */
async function segment(
  s: number,
  baselineFrom: number,
): Promise<Segment & { baselineNext: number }> {
  const per = Math.ceil(documents / segments);
  const from = s * per;
  const to = Math.min(documents, from + per);
  const cpuBefore = { node: ownCpuSeconds(), neo4j: processCpuSeconds(neo4jPid) };
  const summary = await ingestStream(items(from, to), {
    batchSize: Number(values.batch),
    concurrency: Number(values.concurrency),
    merges: new Map(),
  });
  if (summary.documents.failed > 0)
    throw new Error(`batched phase: ${summary.failures[0]?.message}`);
  const neo4jAfter = processCpuSeconds(neo4jPid);
  const cpu = {
    node: ownCpuSeconds() - cpuBefore.node,
    neo4j: cpuBefore.neo4j === null || neo4jAfter === null ? null : neo4jAfter - cpuBefore.neo4j,
  };
  const slow = await baseline(baselineFrom, Math.ceil(baselineTarget / segments));
  const result = {
    cpu,
    batchedRate: summary.added.evidence / summary.seconds,
    baselineRate: slow.count / slow.seconds,
    evidence: summary.added.evidence,
    seconds: summary.seconds,
    baselineNext: slow.next,
  };
  console.log(
    `  segment ${s + 1}/${segments}: documents ${fmt(from)}–${fmt(to)}: batched ${fmt(summary.added.evidence)} in ${summary.seconds.toFixed(2)} s = ` +
      `${fmt(result.batchedRate)}/s; baseline ${fmt(slow.count)} in ${slow.seconds.toFixed(2)} s = ${fmt(result.baselineRate)}/s; ` +
      `ratio ${(result.batchedRate / result.baselineRate).toFixed(1)}×; CPU ${cpuText(cpu, summary.added.evidence)}; RSS ${mb()} MB; load ${loadavg()[0]!.toFixed(1)}`,
  );
  return result;
}

/** Baseline: one transaction per relationship (and its evidence), same generator, other documents. */
async function baseline(
  fromDocument: number,
  target: number,
): Promise<{ count: number; seconds: number; next: number }> {
  let count = 0;
  let i = fromDocument;
  const started = performance.now();
  for (; count < target; i++) {
    const plan = planDocument(syntheticDocument(i, { seed }), new Map(), new Date().toISOString());
    await runQuery(claimDocuments, { documents: [{ ...plan.document }] }); // the document node alone
    const entities = new Map(plan.entities.map((e) => [e.id, e]));
    for (const v of plan.evidence) {
      const relation = plan.relations.find((r) => r.id === v.relationId)!;
      const { aliases: _a, roles: _r, ...subject } = entities.get(relation.subjectId)!;
      const { aliases: _b, roles: _s, ...object } = entities.get(relation.objectId)!;
      await runQuery(oneRelation, {
        subject,
        object,
        relation: { id: relation.id, type: relation.type, date: v.date, confidence: v.confidence },
        evidence: { ...v },
      });
      count += 1;
    }
  }
  return { count, seconds: (performance.now() - started) / 1000, next: i };
}

/** Set in main(): Neo4j's pid when it runs on this machine. */
let neo4jPid: number | null = null;

/** "Node 120 + Neo4j 310 ms per 1,000" for one batched phase. */
function cpuText(cpu: Segment["cpu"], written: number): string {
  const per1000 = (seconds: number) => Math.round((seconds * 1e6) / written);
  return `Node ${per1000(cpu.node)}${cpu.neo4j === null ? "" : ` + Neo4j ${per1000(cpu.neo4j)}`} ms per 1,000`;
}

async function main(): Promise<void> {
  neo4jPid = await localNeo4jPid();
  await applySchema();
  console.log(
    `bench-ingest: ${fmt(documents)} generated documents (10 relationships each) in ${segments} segments, seed ${seed}`,
  );
  console.log(`database before: ${JSON.stringify(await graphCounts())}`);
  console.log(`machine at start: ${load()}`);
  const results: Segment[] = [];
  const rss = [mb()];
  let baselineNext = documents;
  for (let s = 0; s < segments; s++) {
    const result = await segment(s, baselineNext);
    baselineNext = result.baselineNext;
    results.push(result);
    rss.push(mb());
  }
  const batchedMedian = median(results.map((r) => r.batchedRate));
  const baselineMedian = median(results.map((r) => r.baselineRate));
  const overall =
    results.reduce((n, r) => n + r.evidence, 0) / results.reduce((n, r) => n + r.seconds, 0);
  console.log("");
  console.log(
    `batched rate:  ${fmt(batchedMedian)} relationships+evidence/s (median of ${segments} segments; overall ${fmt(overall)}/s)`,
  );
  console.log(
    `baseline rate: ${fmt(baselineMedian)} relationships+evidence/s (one transaction each; median of ${segments} segments)`,
  );
  console.log(
    `ratio:         ${(batchedMedian / baselineMedian).toFixed(1)}× (median of the per-segment ratios ${median(results.map((r) => r.batchedRate / r.baselineRate)).toFixed(1)}×)`,
  );
  // CPU per 1,000 rows, median of the segments like the rates (the first one pays the JIT's warm-up).
  const per1000 = (seconds: number, r: Segment) => (seconds * 1e6) / r.evidence;
  const nodeCost = median(results.map((r) => per1000(r.cpu.node, r)));
  const neo4jCost = results.every((r) => r.cpu.neo4j !== null)
    ? median(results.map((r) => per1000(r.cpu.neo4j!, r)))
    : null;
  const totalCost =
    neo4jCost === null ? null : median(results.map((r) => per1000(r.cpu.node + r.cpu.neo4j!, r)));
  console.log(
    `CPU per 1,000:  Node ${Math.round(nodeCost)}${neo4jCost === null ? "" : ` + Neo4j ${Math.round(neo4jCost)}`} ms (medians of ${segments} segments, batched phases)`,
  );
  if (totalCost === null || neo4jCost === null) {
    console.log(
      "  (Neo4j's CPU not measured: it does not run on this machine, or its process is not readable)",
    );
  } else {
    const cores = cpus().length;
    console.log(
      `CPU ceiling:    ${fmt((cores * 1e6) / totalCost)}/s on ${cores} cores at that cost, every core busy (Neo4j's share alone: ${fmt((cores * 1e6) / neo4jCost)}/s)`,
    );
  }
  console.log(`RSS (MB) at start and after each segment: ${rss.join(" → ")}`);
  console.log(`machine at end: ${load()}`);
  console.log(`database after: ${JSON.stringify(await graphCounts())}`);
  console.log(`consistency: ${JSON.stringify(await checkConsistency())}`);
}

main()
  .catch((error: unknown) => {
    console.error(`bench-ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
