#!/usr/bin/env node
// Liaison's local Neo4j: `node scripts/neo4j.mjs start|stop|status`.
// Options come from the environment:
//   LIAISON_NEO4J_BOLT_PORT (7687)  LIAISON_NEO4J_HTTP_PORT (7474)
//   LIAISON_NEO4J_DATA (.data/neo4j, relative to the repository root)
//   NEO4J_PASSWORD (liaison-local; set for user neo4j on the first start of a fresh data folder)
// Exit codes: 0 ok (status: running), 1 failure, 2 usage, 3 status: not running.
import {
  launcherLog,
  Neo4jProcessError,
  neo4jStatus,
  startNeo4j,
  stopNeo4j,
} from "./lib/neo4j-process.mjs";

const log = (message) => process.stdout.write(`[neo4j] ${message}\n`);

const commands = {
  async start() {
    const { pid, boltPort, httpPort, reused, readyMs } = await startNeo4j({ log });
    if (reused)
      log(
        `reused the running Neo4j (pid ${pid}): bolt://127.0.0.1:${boltPort}, http://127.0.0.1:${httpPort}/browser/`,
      );
    else
      log(
        `started (pid ${pid}, ready in ${(readyMs / 1000).toFixed(1)} s); stop it with: node scripts/neo4j.mjs stop`,
      );
    return 0;
  },

  async stop() {
    const { wasRunning } = await stopNeo4j({ log });
    if (!wasRunning) log("not running");
    return 0;
  },

  async status() {
    const s = await neo4jStatus();
    if (!s.running) {
      log(`not running (data ${s.dataDir})`);
      return 3;
    }
    const state = s.ready ? "ready" : "starting";
    log(
      `running, ${state}: pid ${s.pid}, bolt://127.0.0.1:${s.boltPort}${s.boltListening ? "" : " (not accepting connections)"}, ` +
        `http://127.0.0.1:${s.httpPort}/browser/, data ${s.dataDir}, log ${launcherLog(s.dataDir)}`,
    );
    return 0;
  },
};

const command = process.argv[2];
if (!Object.hasOwn(commands, command)) {
  process.stderr.write("usage: node scripts/neo4j.mjs start|stop|status\n");
  process.exit(2);
}
try {
  process.exit(await commands[command]());
} catch (error) {
  process.stderr.write(`[neo4j] ${command} failed: ${error.message}\n`);
  if (error instanceof Neo4jProcessError) {
    if (error.logTail)
      process.stderr.write(`---- log tail ----\n${error.logTail}\n------------------\n`);
  } else {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
}
