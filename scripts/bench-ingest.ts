/**
 * Throughput of bulk intake: already-extracted generated documents written the batched way
 * (lib/ingest, UNWIND … MERGE, whole documents per transaction) against a naive baseline of one
 * transaction per relationship, in the same run, on the Neo4j in NEO4J_URI. Prints both rates,
 * the ratio, and the process RSS as the corpus grows (memory must stay flat).
 *
 *   NEO4J_URI=bolt://127.0.0.1:7701 npx tsx scripts/bench-ingest.ts [--documents 10000]
 *     [--baseline 2000] [--segments 5] [--batch 200] [--concurrency 2]
 *
 * Every run uses fresh names (a seed from the clock), so it never collides with earlier runs;
 * it adds to the database it is pointed at — use a database of your own.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { closeDriver } from "@/lib/neo4j/driver";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { applySchema } from "@/lib/neo4j/schema";
import { ingestStream, type IngestItem } from "@/lib/ingest/ingest-stream";
import { planDocument } from "@/lib/ingest/plan";
import { syntheticCorpus, syntheticDocument } from "@/lib/ingest/synthetic-corpus";
import { writeBatch } from "@/lib/ingest/write-batch";
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
    batch: { type: "string", default: "200" },
    concurrency: { type: "string", default: "2" },
  },
});
const documents = Number(values.documents);
const baselineTarget = Number(values.baseline);
const segments = Number(values.segments);
const seed = `b${Date.now().toString(36)}`;

const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function* items(from: number, to: number): AsyncGenerator<IngestItem> {
  for (const document of syntheticCorpus(from, to, { seed })) yield { label: document.meta.title ?? "", document };
}

/** Batched phase: the corpus in equal segments, each timed; returns relationship rows per second. */
async function batched(): Promise<{ rates: number[]; evidence: number; seconds: number; rss: number[] }> {
  const rates: number[] = [];
  const rss: number[] = [mb()];
  let evidence = 0;
  let seconds = 0;
  const per = Math.ceil(documents / segments);
  for (let s = 0; s < segments; s++) {
    const from = s * per;
    const to = Math.min(documents, from + per);
    const summary = await ingestStream(items(from, to), {
      batchSize: Number(values.batch),
      concurrency: Number(values.concurrency),
      merges: new Map(),
    });
    if (summary.documents.failed > 0) throw new Error(`batched phase: ${summary.failures[0]?.message}`);
    rates.push(summary.added.evidence / summary.seconds);
    evidence += summary.added.evidence;
    seconds += summary.seconds;
    rss.push(mb());
    console.log(
      `  segment ${s + 1}/${segments}: documents ${fmt(from)}–${fmt(to)}, ${fmt(summary.added.evidence)} relationships+evidence ` +
        `in ${summary.seconds.toFixed(2)} s = ${fmt(rates.at(-1)!)}/s, RSS ${mb()} MB`,
    );
  }
  return { rates, evidence, seconds, rss };
}

/** Baseline: one transaction per relationship (and its evidence), same generator, other documents. */
async function baseline(): Promise<{ rate: number; count: number; seconds: number }> {
  let count = 0;
  const started = performance.now();
  for (let i = documents; count < baselineTarget; i++) {
    const plan = planDocument(syntheticDocument(i, { seed }), new Map(), new Date().toISOString());
    await writeBatch([{ ...plan, entities: [], mentions: [], relations: [], evidence: [] }]); // the document node alone
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
  const seconds = (performance.now() - started) / 1000;
  return { rate: count / seconds, count, seconds };
}

async function main(): Promise<void> {
  await applySchema();
  const before = await graphCounts();
  console.log(`bench-ingest: ${fmt(documents)} generated documents (10 relationships each), seed ${seed}`);
  console.log(`database before: ${JSON.stringify(before)}`);
  console.log("batched (lib/ingest):");
  const fast = await batched();
  console.log("baseline (one transaction per relationship):");
  const slow = await baseline();
  console.log(`  ${fmt(slow.count)} relationships+evidence in ${slow.seconds.toFixed(2)} s`);
  const after = await graphCounts();
  const consistency = await checkConsistency();
  const batchedMedian = median(fast.rates);
  const overall = fast.evidence / fast.seconds;
  console.log("");
  console.log(`batched rate:  ${fmt(batchedMedian)} relationships+evidence/s (median of ${segments} segments; overall ${fmt(overall)}/s)`);
  console.log(`baseline rate: ${fmt(slow.rate)} relationships+evidence/s`);
  console.log(`ratio:         ${(batchedMedian / slow.rate).toFixed(1)}× (overall ${(overall / slow.rate).toFixed(1)}×)`);
  console.log(`RSS (MB) at start and after each segment: ${fast.rss.join(" → ")}`);
  console.log(`database after: ${JSON.stringify(after)}`);
  console.log(`consistency: ${JSON.stringify(consistency)}`);
}

main()
  .catch((error: unknown) => {
    console.error(`bench-ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
