/**
 * Fault check for intake: Neo4j is killed with SIGKILL in the middle of a 1,000-document ingest,
 * restarted, and the ingest rerun; then the graph must hold exactly the corpus: every document
 * with all of its evidence, nothing duplicated, counters matching the evidence, no half document.
 *
 *   npx tsx scripts/check-ingest-crash.ts --bolt 7701 --http 7702 --data .data/neo4j-crash-check
 *     [--documents 1000] [--kill-after 300]
 *
 * It starts (and at the end stops) its own Neo4j on the ports and scratch data folder given; the
 * folder is wiped first. Exit 0 when every check passes, 1 otherwise.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkConsistency, graphCounts } from "@/lib/ingest/counts";
import { documentId } from "@/lib/ingest/document-id";
import { listDocuments } from "@/lib/ingest/documents";
import { ingestStream, type IngestItem } from "@/lib/ingest/ingest-stream";
import { combinePlans, planDocument } from "@/lib/ingest/plan";
import { syntheticCorpus } from "@/lib/ingest/synthetic-corpus";
import { closeDriver } from "@/lib/neo4j/driver";
import { applySchema } from "@/lib/neo4j/schema";

interface Neo4jProcess {
  startNeo4j(options: object): Promise<{ pid: number; readyMs: number }>;
  stopNeo4j(options: object): Promise<unknown>;
  killNeo4j(options: object): Promise<{ killed: boolean; pid: number | null }>;
}

const { values } = parseArgs({
  options: {
    bolt: { type: "string", default: process.env.LIAISON_NEO4J_BOLT_PORT ?? "7701" },
    http: { type: "string", default: process.env.LIAISON_NEO4J_HTTP_PORT ?? "7702" },
    data: { type: "string", default: ".data/neo4j-crash-check" },
    documents: { type: "string", default: "1000" },
    "kill-after": { type: "string", default: "300" },
  },
});
const total = Number(values.documents);
const killAfter = Number(values["kill-after"]);
const dataDir = path.resolve(values.data);
const password = "crash-check";
const neo4jOptions = {
  boltPort: Number(values.bolt),
  httpPort: Number(values.http),
  dataDir,
  password,
  log: (m: string) => console.log(`  ${m}`),
};
process.env.NEO4J_URI = `bolt://127.0.0.1:${values.bolt}`;
process.env.NEO4J_PASSWORD = password;
const seed = "crash";

async function* items(): AsyncGenerator<IngestItem> {
  for (const document of syntheticCorpus(0, total, { seed, poolSize: 300 }))
    yield { label: document.meta.title ?? "", document };
}

async function main(): Promise<void> {
  const specifier = "./lib/neo4j-process.mjs";
  const neo4j = (await import(specifier)) as Neo4jProcess;
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`starting a scratch Neo4j in ${dataDir}`);
  await neo4j.startNeo4j(neo4jOptions);
  const checks: [string, boolean][] = [];
  try {
    await applySchema();
    console.log(`ingesting ${total} documents; SIGKILL after ${killAfter} are in…`);
    let killing: Promise<unknown> | undefined;
    const first = await ingestStream(items(), {
      batchSize: 10,
      concurrency: 2,
      merges: new Map(),
      onProgress: ({ created }) => {
        if (!killing && created >= killAfter)
          killing = neo4j
            .killNeo4j({ dataDir })
            .then((r) => console.log(`  killed Neo4j (pid ${r.pid})`));
      },
    }).then(
      (summary) => ({ ok: true as const, summary }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await killing;
    console.log(
      first.ok
        ? `  the first run finished before the kill landed`
        : `  the first run stopped: ${(first.error as Error).message}`,
    );
    checks.push(["the first run was interrupted by the kill", !first.ok]);
    await closeDriver();

    console.log("restarting Neo4j (store recovery) and rerunning the ingest…");
    await neo4j.startNeo4j(neo4jOptions);
    const afterCrash = await graphCounts();
    console.log(`  after recovery: ${afterCrash.documents} documents committed before the kill`);
    const second = await ingestStream(items(), {
      batchSize: 10,
      concurrency: 2,
      merges: new Map(),
    });
    console.log(
      `  rerun: ${second.documents.created} new, ${second.documents.unchanged} unchanged, ${second.documents.failed} failed`,
    );
    checks.push([
      "the rerun skipped what was in and wrote the rest",
      second.documents.unchanged === afterCrash.documents &&
        second.documents.created === total - afterCrash.documents,
    ]);

    const expected = combinePlans(
      [...syntheticCorpus(0, total, { seed, poolSize: 300 })].map((d) =>
        planDocument(d, new Map(), "x"),
      ),
    );
    const counts = await graphCounts();
    const want = {
      entities: expected.entities.length,
      documents: total,
      relations: expected.relations.length,
      evidence: expected.evidence.length,
      mentions: expected.mentions.length,
    };
    console.log(`  graph:    ${JSON.stringify({ ...counts, merges: undefined })}`);
    console.log(`  expected: ${JSON.stringify(want)}`);
    checks.push([
      "exactly the corpus is in (entities, documents, relations, evidence, mentions)",
      Object.entries(want).every(([k, v]) => counts[k as keyof typeof counts] === v),
    ]);

    const perDocument = new Map<string, number>();
    for (const v of expected.evidence)
      perDocument.set(v.documentId, (perDocument.get(v.documentId) ?? 0) + 1);
    const { documents } = await listDocuments({ limit: 500, skip: 0 }).then(async (page) => {
      const all = [...page.documents];
      for (let skip = 500; all.length === skip; skip += 500)
        all.push(...(await listDocuments({ limit: 500, skip })).documents);
      return { documents: all };
    });
    const half = documents.filter((d) => d.evidence !== perDocument.get(d.id));
    checks.push([
      "no half document: every document has all of its evidence",
      half.length === 0 && documents.length === total,
    ]);
    checks.push([
      "every corpus document id is present",
      [...syntheticCorpus(0, total, { seed, poolSize: 300 })].every((d) =>
        documents.some((x) => x.id === documentId(d.text)),
      ),
    ]);
    const consistency = await checkConsistency();
    console.log(`  consistency: ${JSON.stringify(consistency)}`);
    checks.push([
      "counters match evidence, nothing duplicated, nothing orphaned",
      Object.values(consistency).every((n) => n === 0),
    ]);
  } finally {
    await closeDriver();
    await neo4j.stopNeo4j({ dataDir });
  }
  console.log("");
  for (const [name, ok] of checks) console.log(`${ok ? "PASS" : "FAIL"}  ${name}`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(
    `check-ingest-crash failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
