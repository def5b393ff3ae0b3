// Benchmark of snapshots: create (POST /api/snapshots) for a 2,000-element view with evidence on
// every edge, and the viewer's server response (GET /s/{id}) and the API read. Prints medians.
//
//   npx tsx scripts/bench-snapshots.ts --url http://127.0.0.1:3500 [--runs 30] [--nodes 800 --edges 1200]
//
// Needs the app running (a production build: next build && next start) on the database in
// NEO4J_URI; seeds its own entities, evidence and documents under a unique prefix and removes
// them, and the snapshots it created, when done.
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { hashSnapshotId } from "@/lib/snapshots/sealed";
import { registryStyle } from "@/lib/snapshots/style";
import type { SnapshotDraft } from "@/lib/snapshots/envelope";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3000" },
    runs: { type: "string", default: "30" },
    nodes: { type: "string", default: "800" },
    edges: { type: "string", default: "1200" },
  },
});
const BASE = values.url!.replace(/\/$/, "");
const RUNS = Number(values.runs);
const NODES = Number(values.nodes);
const EDGES = Number(values.edges);
// The first runs warm the JIT, the query plans and the connection pool; they are not counted.
const WARMUP = 5;
const PREFIX = `bench-snap-${Date.now()}`;

function view(): SnapshotDraft {
  const nodes = Array.from({ length: NODES }, (_, i) => ({
    id: `person:${PREFIX}-${i}`,
    label: `Person ${i} of the benchmark`,
    type: i % 4 === 0 ? "Organization" : "Person",
    degree: (i * 7) % 20,
    aliases: [`P${i}`],
    position: { x: Math.cos(i) * 40 * Math.sqrt(i), y: Math.sin(i) * 40 * Math.sqrt(i) },
  }));
  const edges = Array.from({ length: EDGES }, (_, i) => {
    const a = i % NODES;
    const b = (i * 13 + 1) % NODES === a ? (a + 1) % NODES : (i * 13 + 1) % NODES;
    return {
      id: `met_with:${PREFIX}-${i}`,
      source: nodes[a]!.id,
      target: nodes[b]!.id,
      type: "met_with",
      evidenceCount: 2,
    };
  });
  return {
    title: `Benchmark view (${NODES + EDGES} elements)`,
    note: "",
    viewport: { zoom: 0.4, pan: { x: 600, y: 400 }, width: 1280, height: 745 },
    style: registryStyle(),
    query: { search: "benchmark" },
    nodes,
    edges,
  };
}

async function seedEvidence(relationIds: string[]): Promise<void> {
  await getDriver().executeQuery(
    `UNWIND range(0, 19) AS d CREATE (:Document {id: $prefix + '-doc-' + d, title: 'Benchmark article ' + d, source: 'bench', publishedAt: '2026-01-01'})`,
    { prefix: PREFIX },
    { database: databaseName() },
  );
  await getDriver().executeQuery(
    `UNWIND range(0, size($ids) - 1) AS i
     MATCH (d:Document {id: $prefix + '-doc-' + (i % 20)})
     UNWIND [1, 2] AS k
     CREATE (:Evidence {id: $prefix + '-ev-' + i + '-' + k, relationId: $ids[i], date: '2026-01-0' + k,
       sentence: 'Person ' + i + ' met another person of the benchmark at a summit, officials said.'})-[:IN_DOCUMENT]->(d)`,
    { ids: relationIds, prefix: PREFIX },
    { database: databaseName() },
  );
}

async function cleanUp(snapshotIds: string[]): Promise<void> {
  await getDriver().executeQuery(
    `MATCH (n) WHERE (n:Evidence OR n:Document) AND n.id STARTS WITH $prefix DETACH DELETE n`,
    { prefix: PREFIX },
    { database: databaseName() },
  );
  await getDriver().executeQuery(
    "MATCH (s:Snapshot) WHERE s.idHash IN $hashes DELETE s",
    { hashes: snapshotIds.map(hashSnapshotId) },
    { database: databaseName() },
  );
}

/** Time to the last byte of the answer. */
async function timed(fn: () => Promise<Response>): Promise<[number, number, string]> {
  const started = performance.now();
  const response = await fn();
  const text = await response.text();
  return [performance.now() - started, response.status, text];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;

async function main(): Promise<void> {
  const draft = view();
  const body = JSON.stringify(draft);
  await seedEvidence(draft.edges.map((e) => e.id));
  const ids: string[] = [];
  try {
    const create: number[] = [];
    const page: number[] = [];
    const api: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const [ms, status, text] = await timed(() =>
        fetch(`${BASE}/api/snapshots`, {
          method: "POST",
          body,
          headers: { "content-type": "application/json" },
        }),
      );
      if (status !== 201) throw new Error(`POST answered ${status}: ${text.slice(0, 300)}`);
      ids.push((JSON.parse(text) as { id: string }).id);
      if (i >= WARMUP) create.push(ms);
    }
    const target = ids[0]!;
    const stored = JSON.parse((await timed(() => fetch(`${BASE}/api/snapshots/${target}`)))[2]);
    const excerpts = stored.edges.reduce(
      (n: number, e: { evidence: unknown[] }) => n + e.evidence.length,
      0,
    );
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const [pageMs, pageStatus] = await timed(() => fetch(`${BASE}/s/${target}`));
      if (pageStatus !== 200) throw new Error(`GET /s/{id} answered ${pageStatus}`);
      const [apiMs] = await timed(() => fetch(`${BASE}/api/snapshots/${target}`));
      if (i >= WARMUP) (page.push(pageMs), api.push(apiMs));
    }
    // Medians on a shared machine move with its load; print it so the numbers can be read.
    console.log(
      `machine: ${availableParallelism()} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")} (1/5/15 min)`,
    );
    console.log(
      `snapshot of ${NODES} nodes + ${EDGES} edges (${(body.length / 1024).toFixed(0)} KB sent; ${excerpts} evidence excerpts stored)`,
    );
    console.log(`create  POST /api/snapshots     ${fmt(create)}   target ≤ 200 ms`);
    console.log(`viewer  GET /s/{id} (full HTML) ${fmt(page)}   target ≤ 100 ms`);
    console.log(`read    GET /api/snapshots/{id} ${fmt(api)}`);
  } finally {
    await cleanUp(ids);
    await closeDriver();
  }
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
