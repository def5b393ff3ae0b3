// `npm run down`: stops the app, the local Neo4j and the NLP service that `npm run up` started.
// Data stays.
import path from "node:path";
import { rmSync } from "node:fs";
import { log, processAlive, readPid, ROOT, sleep } from "./lib/proc.mjs";
import { stopNeo4j } from "./lib/neo4j-process.mjs";
import { stopNlp } from "./lib/nlp-process.mjs";

const APP_PID = path.join(ROOT, ".data", "app.pid");

async function stopApp() {
  const pid = readPid(APP_PID);
  if (!pid || !processAlive(pid)) return log("the app was not running");
  process.kill(-pid, "SIGTERM");
  for (let i = 0; i < 100 && processAlive(pid); i++) await sleep(100);
  if (processAlive(pid)) process.kill(-pid, "SIGKILL");
  rmSync(APP_PID, { force: true });
  log(`the app stopped (pid ${pid})`);
}

await stopApp();
await stopNeo4j({ dataDir: path.join(ROOT, ".data", "neo4j") });
log("Neo4j stopped; data kept in .data/neo4j");
const nlp = await stopNlp();
log(
  nlp.wasRunning ? `the NLP service stopped (pid ${nlp.pid})` : "the NLP service was not running",
);
