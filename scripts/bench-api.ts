// Load test of the explorer's API against a running app (`next start`) on the generated graph
// (scripts/generate-graph.ts). Prints median and p95 per endpoint with 16 concurrent clients, then
// runs 200 concurrent clients for 60 s and prints the error count.
//   npx tsx scripts/bench-api.ts --base http://127.0.0.1:3300 [--clients 16] [--seconds 20]
//        [--soak-clients 200] [--soak-seconds 60]
import http from "node:http";
import { parseArgs } from "node:util";
import { entityName, generateEntities, random } from "@/lib/graph/generate";

interface Sample {
  ms: number;
  ok: boolean;
  /** Which kind of request (a key of REQUESTS). */
  name: string;
  path: string;
}

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3300" },
    clients: { type: "string", default: "16" },
    seconds: { type: "string", default: "20" },
    "soak-clients": { type: "string", default: "200" },
    "soak-seconds": { type: "string", default: "60" },
    entities: { type: "string", default: "100000" },
  },
});
const BASE = values.base!;
if (!BASE.startsWith("http://")) throw new Error(`--base must be a plain http:// address, not ${BASE}`);
const rand = random(7);
const entities = generateEntities(Number(values.entities));
const hubs = ["Person", "Organization", "Country", "Place"].flatMap((t) => entities.filter((e) => e.type === t).slice(0, 25));
const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;

/** What people type: a surname, its first letters, or the surname with one letter dropped (a typo). */
function searchTerm(): string {
  const word = pick(entities).name.split(" ").at(-1)!;
  const roll = rand();
  if (roll < 0.4) return word;
  if (roll < 0.7) return word.slice(0, Math.max(3, Math.floor(word.length * 0.6)));
  const at = 1 + Math.floor(rand() * (word.length - 2));
  return word.slice(0, at) + word.slice(at + 1);
}

const REQUESTS: Record<string, () => string> = {
  neighbourhood: () => `/api/graph/neighborhood?id=${encodeURIComponent(pick(entities).id)}`,
  "neighbourhood (hubs)": () => `/api/graph/neighborhood?id=${encodeURIComponent(pick(hubs).id)}`,
  search: () => `/api/entities?q=${encodeURIComponent(searchTerm())}`,
  entity: () => `/api/entities/${encodeURIComponent(pick(entities).id)}`,
};

// The load generator shares the machine with the app and Neo4j, so it should take as little CPU as
// it can: plain node:http on kept-alive sockets (as autocannon does) costs less than fetch().
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(BASE + path, { agent }, (response) => {
      response.on("data", () => {});
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

async function timed(name: string, path: string): Promise<Sample> {
  const started = performance.now();
  try {
    const status = await get(path);
    return { ms: performance.now() - started, ok: status === 200, name, path };
  } catch {
    return { ms: performance.now() - started, ok: false, name, path };
  }
}

async function run(clients: number, seconds: number, next: () => string): Promise<Sample[]> {
  const until = performance.now() + seconds * 1000;
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const name = next();
        samples.push(await timed(name, REQUESTS[name]!()));
      }
    }),
  );
  return samples;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function report(name: string, samples: Sample[], seconds: number): void {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok).length;
  console.log(
    `${name.padEnd(24)} n=${String(samples.length).padStart(6)}  ${(samples.length / seconds).toFixed(0).padStart(5)} req/s  ` +
      `median ${quantile(ms, 0.5).toFixed(1).padStart(6)} ms  p95 ${quantile(ms, 0.95).toFixed(1).padStart(6)} ms  ` +
      `p99 ${quantile(ms, 0.99).toFixed(1).padStart(6)} ms  errors ${errors}`,
  );
}

async function main(): Promise<void> {
  const clients = Number(values.clients);
  const seconds = Number(values.seconds);
  const probe = await fetch(`${BASE}/api/entities/${encodeURIComponent(entities[0]!.id)}`);
  if (probe.status !== 200) throw new Error(`${entities[0]!.id} is not in the graph: run scripts/generate-graph.ts first`);
  console.log(`[bench-api] ${BASE}, ${entities.length} generated entities (e.g. "${entityName("Person", 1234)}")`);
  await run(4, 5, () => "neighbourhood"); // warm-up: JIT, connection pool, page cache
  console.log(`── ${clients} concurrent clients, ${seconds} s per endpoint ──`);
  for (const name of Object.keys(REQUESTS)) report(name, await run(clients, seconds, () => name), seconds);

  const soakClients = Number(values["soak-clients"]);
  const soakSeconds = Number(values["soak-seconds"]);
  console.log(`── soak: ${soakClients} concurrent clients, ${soakSeconds} s, mixed requests ──`);
  const mixed = Object.keys(REQUESTS);
  const soak = await run(soakClients, soakSeconds, () => pick(mixed));
  report("mixed (soak)", soak, soakSeconds);
  for (const name of mixed) report(`  of which ${name}`, soak.filter((s) => s.name === name), soakSeconds);
  const slowest = [...soak].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(`slowest: ${slowest.map((s) => `${s.ms.toFixed(0)} ms ${s.path}`).join("; ")}`);
  const errors = soak.filter((s) => !s.ok).length;
  console.log(errors === 0 ? "[bench-api] soak: zero errors" : `[bench-api] soak: ${errors} errors`);
  process.exitCode = errors === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(`[bench-api] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
