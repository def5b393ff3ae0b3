// `npm run up`: installs what is missing, starts the local Neo4j and the NLP service, applies the
// schema, loads the sample articles, builds and serves the app, and prints its address. Safe to run
// again.
import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import {
  ensureNodeModules,
  log,
  mtime,
  mustRun,
  portOpen,
  processAlive,
  readPid,
  ROOT,
  sleep,
} from "./lib/proc.mjs";

const APP_PORT = Number(process.env.PORT ?? 3000);
const APP_HOST = process.env.LIAISON_HOST ?? "127.0.0.1";
const DATA = path.join(ROOT, ".data");
const APP_PID = path.join(DATA, "app.pid");
const APP_LOG = path.join(DATA, "app.log");
const DIST = path.join(ROOT, ".next");
const SOURCES = [
  "app",
  "components",
  "lib",
  "cypher",
  "types",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];

/** The local Neo4j is ours to start only when NEO4J_URI is unset or points at this machine. */
function localBoltPort() {
  const uri = process.env.NEO4J_URI;
  if (!uri) return 7687;
  const match = /^(?:bolt|neo4j):\/\/(?:127\.0\.0\.1|localhost)(?::(\d+))?\/?$/.exec(uri.trim());
  return match ? Number(match[1] ?? 7687) : undefined;
}

function newestSource(entry) {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce(
    (newest, child) => Math.max(newest, newestSource(path.join(entry, child))),
    stat.mtimeMs,
  );
}

function buildIsStale() {
  const built = mtime(path.join(DIST, "BUILD_ID"));
  return built === 0 || SOURCES.some((entry) => newestSource(entry) > built);
}

async function stopApp() {
  const pid = readPid(APP_PID);
  if (pid && processAlive(pid)) {
    process.kill(-pid, "SIGTERM");
    for (let i = 0; i < 50 && processAlive(pid); i++) await sleep(100);
  }
  rmSync(APP_PID, { force: true });
}

async function waitForApp(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${APP_PORT}/api/health`);
      return { status: response.status, body: await response.json() };
    } catch {
      await sleep(300);
    }
  }
  throw new Error(
    `the app did not answer on port ${APP_PORT} within ${timeoutMs / 1000} s; see ${APP_LOG}`,
  );
}

async function startApp() {
  const pid = readPid(APP_PID);
  if (pid && processAlive(pid)) return log(`the app is already running (pid ${pid})`);
  if (await portOpen(APP_PORT)) {
    throw new Error(
      `port ${APP_PORT} is busy with another program; stop it or set PORT to another port`,
    );
  }
  mkdirSync(DATA, { recursive: true });
  const out = openSync(APP_LOG, "a");
  const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [next, "start", "-p", String(APP_PORT), "-H", APP_HOST], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", out, out],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  child.unref();
  writeFileSync(APP_PID, String(child.pid));
  log(`the app started (pid ${child.pid}, log ${path.relative(ROOT, APP_LOG)})`);
}

async function startLocalNeo4j() {
  const boltPort = localBoltPort();
  if (!boltPort)
    return log(`using the Neo4j at ${process.env.NEO4J_URI} (not starting a local one)`);
  const { startNeo4j } = await import("./lib/neo4j-process.mjs");
  const neo4j = await startNeo4j({ boltPort, dataDir: path.join(DATA, "neo4j"), log });
  log(
    neo4j.reused
      ? `Neo4j is already running on bolt port ${boltPort}`
      : `Neo4j ready in ${(neo4j.readyMs / 1000).toFixed(1)} s`,
  );
}

/**
 * The local NLP service (LIAISON_NLP_PORT, 9010), unless LIAISON_NLP_URL names other instances:
 * then it only checks that they answer. Either way the seed and the app get LIAISON_NLP_URL.
 */
async function startNlpService() {
  const { ensureNlp } = await import("./lib/nlp-process.mjs");
  const { urls } = await ensureNlp({ log });
  process.env.LIAISON_NLP_URL = urls.join(",");
}

async function main() {
  const started = Date.now();
  await ensureNodeModules();
  await mustRun("npx", ["tsx", "scripts/check-config.ts"]);
  // Both JVMs start at once: each loads mostly on one thread, so together they take about as long
  // as the slower one.
  await Promise.all([startLocalNeo4j(), startNlpService()]);
  await mustRun("npx", ["tsx", "scripts/seed.ts"]);
  if (buildIsStale()) {
    log("building the app…");
    await stopApp();
    await mustRun("npx", ["next", "build"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
  }
  await startApp();
  const health = await waitForApp(60_000);
  if (health.status !== 200)
    throw new Error(`the app answers but health says: ${JSON.stringify(health.body)}`);
  const { counts } = health.body;
  log(
    `ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${counts.entities} entities, ${counts.relations} relations, ${counts.documents} documents`,
  );
  console.log(
    `\n  Liaison is running at http://localhost:${APP_PORT}\n  Stop it with: npm run down\n`,
  );
}

main().catch((error) => {
  console.error(`[liaison] up failed: ${error.message}`);
  process.exit(1);
});
