// Load test of the explorer's API against a running app (`next start`) on the generated graph
// (scripts/generate-graph.ts). Prints median and p95 per endpoint with 16 concurrent clients, then
// runs 200 concurrent clients for 60 s and prints the error count.
//   npx tsx scripts/bench-api.ts --base http://127.0.0.1:3300 [--clients 16] [--seconds 20]
//        [--soak-clients 200] [--soak-seconds 60] [--only "neighbourhood,path"] (those only, no soak)
// With --direct it calls the same library functions the routes call, in this process, through the
// driver to NEO4J_URI, without HTTP or Next.js: what the database and the driver cost on their own.
import http from "node:http";
import { parseArgs } from "node:util";
import { entityDetails } from "@/lib/graph/entity";
import { entityName, generateEntities, random } from "@/lib/graph/generate";
import { neighborhood } from "@/lib/graph/neighborhood";
import { connectionPaths } from "@/lib/graph/path";
import { searchEntities } from "@/lib/graph/search";
import { closeDriver } from "@/lib/neo4j/driver";

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
    direct: { type: "boolean", default: false },
    /** Only these kinds of request (comma-separated names of REQUESTS), and no soak. */
    only: { type: "string" },
  },
});
const DIRECT = values.direct!;
const BASE = values.base!;
if (!BASE.startsWith("http://"))
  throw new Error(`--base must be a plain http:// address, not ${BASE}`);
const rand = random(7);
const entities = generateEntities(Number(values.entities));
const hubs = ["Person", "Organization", "Country", "Place"].flatMap((t) =>
  entities.filter((e) => e.type === t).slice(0, 25),
);
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

/** One request: its path on the app, and the library call the route makes for it (--direct). */
interface Call {
  path: string;
  direct: () => Promise<unknown>;
}

function neighbourhoodCall(id: string): Call {
  return {
    path: `/api/graph/neighborhood?id=${encodeURIComponent(id)}`,
    direct: () => neighborhood({ id }),
  };
}

const REQUESTS: Record<string, () => Call> = {
  neighbourhood: () => neighbourhoodCall(pick(entities).id),
  "neighbourhood (hubs)": () => neighbourhoodCall(pick(hubs).id),
  search: () => {
    const q = searchTerm();
    return { path: `/api/entities?q=${encodeURIComponent(q)}`, direct: () => searchEntities(q) };
  },
  entity: () => {
    const id = pick(entities).id;
    return { path: `/api/entities/${encodeURIComponent(id)}`, direct: () => entityDetails(id) };
  },
  // "How are they connected" between two random entities, as the explorer asks it: every type, up to 3 paths.
  path: () => pathCall(pick(entities).id, pick(entities).id, ""),
  // The same within a narrowed view: people and organisations only, two sentences per step.
  "path (people and organisations, 2+ sentences)": () =>
    pathCall(
      pick(entities).id,
      pick(entities).id,
      "&entityTypes=Person,Organization&minEvidence=2",
    ),
};

function pathCall(from: string, to: string, options: string): Call {
  const entityTypes = options.includes("entityTypes")
    ? (["Person", "Organization"] as const)
    : undefined;
  const minEvidence = options.includes("minEvidence=2") ? 2 : 1;
  return {
    path: `/api/graph/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&limit=3${options}`,
    direct: () =>
      from === to
        ? Promise.resolve()
        : connectionPaths({
            from,
            to,
            limit: 3,
            minEvidence,
            entityTypes: entityTypes ? [...entityTypes] : undefined,
          }),
  };
}

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

async function timed(name: string, call: Call): Promise<Sample> {
  const started = performance.now();
  const path = call.path;
  try {
    const ok = DIRECT ? (await call.direct(), true) : (await get(path)) === 200;
    return { ms: performance.now() - started, ok, name, path };
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
  const first = entities[0]!.id;
  const found = DIRECT
    ? await entityDetails(first).then(
        () => true,
        () => false,
      )
    : (await fetch(`${BASE}/api/entities/${encodeURIComponent(first)}`)).status === 200;
  if (!found) throw new Error(`${first} is not in the graph: run scripts/generate-graph.ts first`);
  const target = DIRECT ? "in-process calls through the driver (no HTTP)" : BASE;
  console.log(
    `[bench-api] ${target}, ${entities.length} generated entities (e.g. "${entityName("Person", 1234)}")`,
  );
  await run(4, 5, () => "neighbourhood"); // warm-up: JIT, connection pool, page cache
  console.log(`── ${clients} concurrent clients, ${seconds} s per endpoint ──`);
  const only = values.only?.split(",").map((n) => n.trim());
  for (const name of Object.keys(REQUESTS).filter((n) => !only || only.includes(n)))
    report(name, await run(clients, seconds, () => name), seconds);
  if (only) return;

  const soakClients = Number(values["soak-clients"]);
  const soakSeconds = Number(values["soak-seconds"]);
  console.log(`── soak: ${soakClients} concurrent clients, ${soakSeconds} s, mixed requests ──`);
  const mixed = Object.keys(REQUESTS);
  const soak = await run(soakClients, soakSeconds, () => pick(mixed));
  report("mixed (soak)", soak, soakSeconds);
  for (const name of mixed)
    report(
      `  of which ${name}`,
      soak.filter((s) => s.name === name),
      soakSeconds,
    );
  const slowest = [...soak].sort((a, b) => b.ms - a.ms).slice(0, 3);
  console.log(`slowest: ${slowest.map((s) => `${s.ms.toFixed(0)} ms ${s.path}`).join("; ")}`);
  const errors = soak.filter((s) => !s.ok).length;
  console.log(
    errors === 0 ? "[bench-api] soak: zero errors" : `[bench-api] soak: ${errors} errors`,
  );
  process.exitCode = errors === 0 ? 0 : 1;
}

main()
  .catch((error: unknown) => {
    console.error(`[bench-api] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
