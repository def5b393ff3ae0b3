// Tests for scripts/lib/neo4j-process.mjs, with Node's own runner:
//   node --test scripts/lib/neo4j-process.test.mjs                      (unit tests, no Java)
//   LIAISON_NEO4J_IT=1 node --test scripts/lib/neo4j-process.test.mjs   (also starts a real Neo4j)
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import neo4j from "neo4j-driver";
import {
  crashNeo4j,
  DEFAULTS,
  launcherLog,
  killNeo4j,
  neo4jStatus,
  Neo4jProcessError,
  parseJavaMajor,
  parseJvmOptions,
  portFree,
  REPO_ROOT,
  resolveOptions,
  startNeo4j,
  stopNeo4j,
} from "./neo4j-process.mjs";

describe("resolveOptions", () => {
  test("defaults, with the data folder under the repository root", () => {
    const o = resolveOptions({}, {});
    assert.equal(o.boltPort, DEFAULTS.boltPort);
    assert.equal(o.httpPort, DEFAULTS.httpPort);
    assert.equal(o.dataDir, path.join(REPO_ROOT, ".data/neo4j"));
    assert.equal(o.password, "liaison-local");
  });

  test("environment, then explicit options, win over defaults", () => {
    const env = {
      LIAISON_NEO4J_BOLT_PORT: "7688",
      LIAISON_NEO4J_HTTP_PORT: "7475",
      LIAISON_NEO4J_DATA: ".data/x",
      NEO4J_PASSWORD: "pw-from-env",
    };
    const fromEnv = resolveOptions({}, env);
    assert.deepEqual(
      [fromEnv.boltPort, fromEnv.httpPort, fromEnv.password],
      [7688, 7475, "pw-from-env"],
    );
    assert.equal(fromEnv.dataDir, path.join(REPO_ROOT, ".data/x"));
    const explicit = resolveOptions({ boltPort: 9000, dataDir: "/tmp/abs" }, env);
    assert.equal(explicit.boltPort, 9000);
    assert.equal(explicit.dataDir, "/tmp/abs");
  });

  test("rejects a port that is not a port", () => {
    assert.throws(() => resolveOptions({ boltPort: "seven" }, {}), Neo4jProcessError);
    assert.throws(() => resolveOptions({}, { LIAISON_NEO4J_HTTP_PORT: "70000" }), /HTTP port/);
  });
});

test("parseJvmOptions skips comments and blank lines", () => {
  assert.deepEqual(parseJvmOptions("# heap\n-Xms1g\n\n  -Xmx1g  \n#--add-opens=x\n"), [
    "-Xms1g",
    "-Xmx1g",
  ]);
});

test("parseJavaMajor reads old and new version strings", () => {
  assert.equal(parseJavaMajor('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(parseJavaMajor('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaMajor('java version "1.8.0_402"'), 8);
  assert.equal(parseJavaMajor("nonsense"), null);
});

test("portFree sees a port held by another process", async () => {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  assert.equal(await portFree(port), false);
  await new Promise((resolve) => server.close(resolve));
  assert.equal(await portFree(port), true);
});

test("status and stop of a data folder with nothing running", async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "liaison-neo4j-"));
  try {
    const status = await neo4jStatus({ dataDir });
    assert.equal(status.running, false);
    assert.deepEqual(await stopNeo4j({ dataDir }), {
      wasRunning: false,
      pid: null,
      killed: false,
      stopMs: 0,
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** The kernel's range for the local ports of outgoing connections (Linux), with its default. */
function ephemeralRange() {
  try {
    const [low, high] = readFileSync("/proc/sys/net/ipv4/ip_local_port_range", "utf8")
      .trim()
      .split(/\s+/)
      .map(Number);
    if (low > 0 && high >= low) return { low, high };
  } catch {
    // not Linux: fall through to the IANA default
  }
  return { low: 49152, high: 65535 };
}

/**
 * A port nothing listens on right now, below the ephemeral range. A port the OS hands out for
 * listen(0) is an ephemeral one, and any outgoing connection made meanwhile by a test running
 * alongside (they all talk to Neo4j) can take it as its local port before Neo4j binds it.
 */
async function freePort() {
  const { low } = ephemeralRange();
  const floor = 20_000;
  const ceiling = low > floor + 1_000 ? low : 32_768;
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = floor + Math.floor(Math.random() * (ceiling - floor));
    if (await portFree(port)) return port;
  }
  throw new Error(`no free port found between ${floor} and ${ceiling}`);
}

/**
 * A new data folder under the repository's git-ignored .data/ (the same disk the other Neo4j
 * folders use; a small or special /tmp must not decide whether Neo4j starts).
 */
function itDataDir() {
  const parent = path.join(REPO_ROOT, ".data");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, "neo4j-it-"));
}

/** Runs `work`; a failure carries the launcher's log tail, so a CI log shows why Neo4j did not start. */
async function explained(work) {
  try {
    return await work();
  } catch (error) {
    if (error?.logTail) error.message += `\n--- launcher log (tail) ---\n${error.logTail}`;
    throw error;
  }
}

describe(
  "a real Neo4j",
  {
    concurrency: 1, // both tests use the same ports
    skip: process.env.LIAISON_NEO4J_IT !== "1" && "set LIAISON_NEO4J_IT=1 to run",
  },
  () => {
    const options = { password: "it-password" };

    test("starts, is reused, survives kill -9, stops", { timeout: 240_000 }, async () => {
      options.boltPort = Number(process.env.LIAISON_NEO4J_IT_BOLT_PORT ?? (await freePort()));
      options.httpPort = Number(process.env.LIAISON_NEO4J_IT_HTTP_PORT ?? (await freePort()));
      const dataDir = itDataDir();
      const o = { ...options, dataDir };
      try {
        const first = await explained(() => startNeo4j(o));
        assert.equal(first.reused, false);
        assert.ok(first.readyMs < 60_000, `ready after ${first.readyMs} ms`);
        const second = await explained(() => startNeo4j(o));
        assert.deepEqual([second.reused, second.pid], [true, first.pid]);
        assert.equal((await neo4jStatus(o)).ready, true);

        assert.equal((await killNeo4j(o)).killed, true);
        assert.equal((await neo4jStatus(o)).running, false);
        const third = await explained(() => startNeo4j(o)); // recovers the stores
        assert.notEqual(third.pid, first.pid);

        // Neo4j dies as an out-of-memory exit ends it; the supervisor starts it again, and a driver
        // that was connected before answers again by itself.
        const driver = neo4j.driver(
          `bolt://127.0.0.1:${o.boltPort}`,
          neo4j.auth.basic("neo4j", o.password),
        );
        try {
          await driver.executeQuery("RETURN 1");
          const before = (await neo4jStatus(o)).neo4jPid;
          assert.equal((await crashNeo4j(o)).crashed, true);
          const crashedAt = Date.now();
          let backMs = null;
          while (backMs === null && Date.now() - crashedAt < 90_000) {
            const session = driver.session(); // auto-commit: no retries hide when it came back
            try {
              await session.run("RETURN 1");
              backMs = Date.now() - crashedAt;
            } catch {
              await new Promise((resolve) => setTimeout(resolve, 250));
            } finally {
              await session.close();
            }
          }
          assert.ok(backMs !== null, "Neo4j did not come back within 90 s of being killed");
          console.log(`# Neo4j answered again ${backMs} ms after its JVM was killed`);
          const after = await neo4jStatus(o);
          assert.equal(after.pid, third.pid, "the supervisor itself kept running");
          assert.notEqual(after.neo4jPid, before);
          const log = readFileSync(launcherLog(dataDir), "utf8");
          assert.match(log, /died with exit code .*starting it again/);
          const restarted = /(\S+) Liaison supervisor: Neo4j started as pid \d+ \(restart 1\)/.exec(
            log,
          );
          const died = /(\S+) Liaison supervisor: Neo4j \(pid \d+\) died/.exec(log);
          assert.ok(died && restarted, "the supervisor logged the death and the restart");
          const restartMs = Date.parse(restarted[1]) - Date.parse(died[1]);
          console.log(`# the supervisor started Neo4j again ${restartMs} ms after it died`);
          assert.ok(restartMs < 5_000, `restarted ${restartMs} ms after it died`);
        } finally {
          await driver.close();
        }

        const stopped = await stopNeo4j(o);
        assert.equal(stopped.wasRunning, true);
        assert.equal(stopped.killed, false, `SIGKILL needed after ${stopped.stopMs} ms`);
        assert.equal((await neo4jStatus(o)).running, false);
      } finally {
        await stopNeo4j({ dataDir });
        rmSync(dataDir, { recursive: true, force: true });
      }
    });

    test("a busy Bolt port is a clear error naming the port", async () => {
      const boltPort = options.boltPort ?? (await freePort());
      const dataDir = itDataDir();
      const server = net.createServer();
      await new Promise((resolve) => server.listen(boltPort, "127.0.0.1", resolve));
      try {
        await assert.rejects(
          startNeo4j({ ...options, boltPort, httpPort: await freePort(), dataDir }),
          new RegExp(`Bolt port ${boltPort} .*already in use`),
        );
      } finally {
        await new Promise((resolve) => server.close(resolve));
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  },
);
