// Health under load: 200 concurrent clients for 60 s against a running app, each one looping over
// what an open explorer page asks (health, search, entity details, neighbourhood, overview) on the
// entities the graph has. Prints median and p95 per request kind, the error count and the verdict
// (issue 18's target: zero errors, health median under 100 ms). Exits 1 when the target is missed.
//   npx tsx scripts/bench-health.ts --base http://127.0.0.1:3121 [--clients 200] [--seconds 60]
//        [--health-share 0.25]
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    base: { type: "string", default: "http://127.0.0.1:3000" },
    clients: { type: "string", default: "200" },
    seconds: { type: "string", default: "60" },
    "health-share": { type: "string", default: "0.25" },
  },
});
const BASE = new URL(values.base!);
if (BASE.protocol !== "http:")
  throw new Error(`--base must be a plain http:// address, not ${values.base}`);
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const HEALTH_SHARE = Number(values["health-share"]);
const HEALTH_TARGET_MS = 100;

// Plain node:http on kept-alive sockets: the load generator shares the machine, so it should cost little.
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS + 8 });

function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const request = http.get(
      { host: BASE.hostname, port: BASE.port, path, agent, timeout: 30_000 },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        response.on("error", () => resolve({ status: 0, body: "" }));
      },
    );
    request.on("timeout", () => request.destroy());
    request.on("error", () => resolve({ status: 0, body: "" }));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : NaN;
}

async function main(): Promise<void> {
  const overview = await get("/api/graph/overview?limit=60");
  if (overview.status !== 200)
    throw new Error(
      `${values.base}/api/graph/overview answered ${overview.status}; is the app running?`,
    );
  const ids: string[] = JSON.parse(overview.body).nodes.map((n: { id: string }) => n.id);
  const names: string[] = JSON.parse(overview.body).nodes.map((n: { name: string }) => n.name);
  if (ids.length === 0)
    throw new Error(
      "the graph is empty: load the sample articles first (npm run up, or scripts/seed.ts)",
    );
  const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;
  const explorer: Record<string, () => string> = {
    search: () =>
      `/api/entities?q=${encodeURIComponent(pick(names).split(" ").at(-1)!.slice(0, 5))}`,
    entity: () => `/api/entities/${encodeURIComponent(pick(ids))}`,
    neighbourhood: () => `/api/graph/neighborhood?id=${encodeURIComponent(pick(ids))}`,
    overview: () => "/api/graph/overview",
  };
  const kinds = Object.keys(explorer);
  const samples = new Map<string, number[]>([
    ["health", []],
    ...kinds.map((k) => [k, []] as [string, number[]]),
  ]);
  const errors = new Map<string, number>();

  const deadline = Date.now() + SECONDS * 1000;
  console.log(
    `[bench-health] ${CLIENTS} clients for ${SECONDS} s against ${values.base} (${ids.length} entities to ask about; health ${Math.round(HEALTH_SHARE * 100)}% of requests)…`,
  );
  const client = async () => {
    while (Date.now() < deadline) {
      const kind = Math.random() < HEALTH_SHARE ? "health" : pick(kinds);
      const path = kind === "health" ? "/api/health" : explorer[kind]!();
      const started = performance.now();
      const { status } = await get(path);
      const ms = performance.now() - started;
      if (status >= 200 && status < 300) samples.get(kind)!.push(ms);
      else
        errors.set(
          `${kind} ${status || "socket error"}`,
          (errors.get(`${kind} ${status || "socket error"}`) ?? 0) + 1,
        );
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  agent.destroy();

  let total = 0;
  console.log("request          count    median ms    p95 ms");
  for (const [kind, list] of samples) {
    const sorted = [...list].sort((a, b) => a - b);
    total += sorted.length;
    console.log(
      `${kind.padEnd(15)} ${String(sorted.length).padStart(6)} ${percentile(sorted, 0.5).toFixed(1).padStart(12)} ${percentile(sorted, 0.95).toFixed(1).padStart(9)}`,
    );
  }
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const healthMedian = percentile(
    [...samples.get("health")!].sort((a, b) => a - b),
    0.5,
  );
  console.log(
    `requests: ${total + errorCount} in ${SECONDS} s (${((total + errorCount) / SECONDS).toFixed(0)}/s), errors: ${errorCount}${errorCount ? ` (${[...errors].map(([k, n]) => `${k}: ${n}`).join(", ")})` : ""}`,
  );
  const ok = errorCount === 0 && healthMedian < HEALTH_TARGET_MS;
  console.log(
    `health median ${healthMedian.toFixed(1)} ms (target < ${HEALTH_TARGET_MS} ms), errors ${errorCount} (target 0): ${ok ? "met" : "MISSED"}`,
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`[bench-health] ${(error as Error).message}`);
  process.exit(1);
});
