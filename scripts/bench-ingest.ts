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
 * Every run uses fresh names (a seed from the clock), so it never collides with earlier runs;
 * it adds to the database it is pointed at — use a database of your own.
 */
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

const load = () => `${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(" ")}`;
const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function* items(from: number, to: number): AsyncGenerator<IngestItem> {
  for (const document of syntheticCorpus(from, to, { seed })) yield { label: document.meta.title ?? "", document };
}

interface Segment {
  batchedRate: number;
  baselineRate: number;
  evidence: number;
  seconds: number;
}

/**
 * One segment: a slice of the corpus written the batched way, then a slice of the baseline right
 * after it, so both rates are taken under the same machine load (other processes share the CPU).
 */
async function segment(s: number, baselineFrom: number): Promise<Segment & { baselineNext: number }> {
  const per = Math.ceil(documents / segments);
  const from = s * per;
  const to = Math.min(documents, from + per);
  const summary = await ingestStream(items(from, to), {
    batchSize: Number(values.batch),
    concurrency: Number(values.concurrency),
    merges: new Map(),
  });
  if (summary.documents.failed > 0) throw new Error(`batched phase: ${summary.failures[0]?.message}`);
  const slow = await baseline(baselineFrom, Math.ceil(baselineTarget / segments));
  const result = {
    batchedRate: summary.added.evidence / summary.seconds,
    baselineRate: slow.count / slow.seconds,
    evidence: summary.added.evidence,
    seconds: summary.seconds,
    baselineNext: slow.next,
  };
  console.log(
    `  segment ${s + 1}/${segments}: documents ${fmt(from)}–${fmt(to)}: batched ${fmt(summary.added.evidence)} in ${summary.seconds.toFixed(2)} s = ` +
      `${fmt(result.batchedRate)}/s; baseline ${fmt(slow.count)} in ${slow.seconds.toFixed(2)} s = ${fmt(result.baselineRate)}/s; ` +
      `ratio ${(result.batchedRate / result.baselineRate).toFixed(1)}×; RSS ${mb()} MB; load ${loadavg()[0]!.toFixed(1)}`,
  );
  return result;
}

/** Baseline: one transaction per relationship (and its evidence), same generator, other documents. */
async function baseline(fromDocument: number, target: number): Promise<{ count: number; seconds: number; next: number }> {
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

async function main(): Promise<void> {
  await applySchema();
  console.log(`bench-ingest: ${fmt(documents)} generated documents (10 relationships each) in ${segments} segments, seed ${seed}`);
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
  const overall = results.reduce((n, r) => n + r.evidence, 0) / results.reduce((n, r) => n + r.seconds, 0);
  console.log("");
  console.log(`batched rate:  ${fmt(batchedMedian)} relationships+evidence/s (median of ${segments} segments; overall ${fmt(overall)}/s)`);
  console.log(`baseline rate: ${fmt(baselineMedian)} relationships+evidence/s (one transaction each; median of ${segments} segments)`);
  console.log(`ratio:         ${(batchedMedian / baselineMedian).toFixed(1)}× (median of the per-segment ratios ${median(results.map((r) => r.batchedRate / r.baselineRate)).toFixed(1)}×)`);
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
