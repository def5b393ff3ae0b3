// Liaison's local Neo4j as a process: build its classpath, start, stop, kill, status.
// Plain Node (ESM, no dependencies), used by scripts/neo4j.mjs, the up script and the test harness.
//
// The launcher (neo4j/src/main/java/dev/liaison/neo4j/Launcher.java) runs Neo4j Community embedded,
// with the data folder as its home: <data>/data (stores, auth), <data>/logs (debug.log, launcher.log).
// The launcher runs as a small supervisor JVM (--jvm-options) that starts Neo4j as its child JVM
// with neo4j/conf/jvm.options and starts it again within a second whenever it dies.
// Files this module keeps in the data folder:
//   neo4j.pid    the supervisor's pid, written right after spawning it
//   neo4j.ready  written by Neo4j once the default database is available:
//                {pid (the supervisor's), neo4jPid (the Neo4j JVM's), boltPort, httpPort}
import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NEO4J_DIR = path.join(REPO_ROOT, "neo4j");
const POM = path.join(NEO4J_DIR, "pom.xml");
const CONF_DIR = path.join(NEO4J_DIR, "conf");
const JVM_OPTIONS = path.join(CONF_DIR, "jvm.options");
const TARGET = path.join(NEO4J_DIR, "target");
const CLASSES = path.join(TARGET, "classes");
const CLASSPATH_FILE = path.join(TARGET, "classpath.txt");
const LAUNCHER_SOURCES = path.join(NEO4J_DIR, "src/main/java/dev/liaison/neo4j");
const LAUNCHER_CLASSES = path.join(CLASSES, "dev/liaison/neo4j");
const LAUNCHER_CLASS_FILE = path.join(LAUNCHER_CLASSES, "Launcher.class");
/** The supervisor JVM only starts and watches Neo4j: a small heap is plenty. */
const SUPERVISOR_JVM_OPTIONS = [
  "-Xms16m",
  "-Xmx48m",
  "-XX:+UseSerialGC",
  "-XX:TieredStopAtLevel=1",
];
const LAUNCHER_CLASS = "dev.liaison.neo4j.Launcher";

export const DEFAULTS = Object.freeze({
  boltPort: 7687,
  httpPort: 7474,
  dataDir: ".data/neo4j",
  password: "liaison-local",
});
// Neo4j itself waits up to 120 s for its database; on a 2-core machine shared with other test runs
// (load 15+), a start with store recovery took over 60 s.
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const POLL_MS = 200;

/** A failure with a message meant for people; `logTail` holds the end of the relevant log, if any. */
export class Neo4jProcessError extends Error {
  constructor(message, { logTail = "", cause } = {}) {
    super(message, { cause });
    this.name = "Neo4jProcessError";
    this.logTail = logTail;
  }
}

/**
 * Fills in options from the environment, then the defaults. A relative data folder is taken from the
 * repository root, so the scripts behave the same from any working directory.
 */
export function resolveOptions(options = {}, env = process.env) {
  const port = (value, name) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 65535)
      throw new Neo4jProcessError(`${name} must be a TCP port, got "${value}"`);
    return n;
  };
  const dataDir = options.dataDir ?? env.LIAISON_NEO4J_DATA ?? DEFAULTS.dataDir;
  return {
    boltPort: port(
      options.boltPort ?? env.LIAISON_NEO4J_BOLT_PORT ?? DEFAULTS.boltPort,
      "bolt port",
    ),
    httpPort: port(
      options.httpPort ?? env.LIAISON_NEO4J_HTTP_PORT ?? DEFAULTS.httpPort,
      "HTTP port",
    ),
    dataDir: path.resolve(REPO_ROOT, dataDir),
    password: options.password ?? env.NEO4J_PASSWORD ?? DEFAULTS.password,
    log: options.log ?? (() => {}),
  };
}

const pidFile = (dataDir) => path.join(dataDir, "neo4j.pid");
const readyFile = (dataDir) => path.join(dataDir, "neo4j.ready");
export const launcherLog = (dataDir) => path.join(dataDir, "logs", "launcher.log");

/** JVM options from neo4j/conf/jvm.options: one per line, blank lines and # comments skipped. */
export function parseJvmOptions(text) {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
}

/** The last `lines` lines of a file, or "" when it does not exist. */
export function tail(file, lines = 40) {
  if (!existsSync(file)) return "";
  const text = readFileSync(file, "utf8");
  return text
    .split("\n")
    .slice(-lines - 1)
    .join("\n")
    .trimEnd();
}

// ── Java and the Maven-built classpath ────────────────────────────────────────────────────────────

/** Throws a readable error unless `java` 17 or newer is on PATH. Returns the major version. */
export function checkJava() {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error?.code === "ENOENT") {
    throw new Neo4jProcessError(
      "Java is not installed (no `java` on PATH). Neo4j 5.26 needs Java 17 or 21; on Debian/Ubuntu: apt-get install openjdk-17-jre-headless",
    );
  }
  const major = parseJavaMajor(result.stderr ?? "");
  if (major !== null && major < 17) {
    throw new Neo4jProcessError(
      `Java ${major} found, but Neo4j 5.26 needs Java 17 or 21; on Debian/Ubuntu: apt-get install openjdk-17-jre-headless`,
    );
  }
  return major;
}

export function parseJavaMajor(versionOutput) {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first; // "1.8.0" is Java 8
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : -1);

/** Why the classpath must be (re)built, or null when what is in neo4j/target/ is current. */
function staleReason() {
  if (!existsSync(CLASSPATH_FILE)) return "neo4j/target/classpath.txt is missing";
  if (!existsSync(LAUNCHER_CLASS_FILE)) return "the compiled launcher is missing";
  if (mtime(POM) > mtime(CLASSPATH_FILE)) return "neo4j/pom.xml changed";
  const changed = readdirSync(LAUNCHER_SOURCES)
    .filter((file) => file.endsWith(".java"))
    .find(
      (file) =>
        mtime(path.join(LAUNCHER_SOURCES, file)) >
        mtime(path.join(LAUNCHER_CLASSES, file.replace(/\.java$/, ".class"))),
    );
  if (changed) return `${changed} changed`;
  const missing = readClasspath().find((jar) => !existsSync(jar));
  if (missing) return `${missing} is gone from the local Maven repository`;
  return null;
}

function readClasspath() {
  return readFileSync(CLASSPATH_FILE, "utf8").trim().split(path.delimiter).filter(Boolean);
}

/**
 * Builds neo4j/target/ (compiled launcher and classpath.txt) with Maven when it is missing or older
 * than neo4j/pom.xml or the launcher source. Needs the network only when jars are not yet in
 * ~/.m2. Resolves to the full Java classpath.
 */
export async function ensureClasspath({ log = () => {} } = {}) {
  const reason = staleReason();
  if (reason) {
    log(
      `building the Neo4j classpath with Maven (${reason}); the first build downloads ~140 MB of jars into ~/.m2…`,
    );
    const started = Date.now();
    const tmp = `${CLASSPATH_FILE}.${process.pid}.tmp`;
    const args = [
      "-q",
      "-B",
      "-Dstyle.color=never",
      "-f",
      POM,
      "compile",
      "dependency:build-classpath",
      `-Dmdep.outputFile=${tmp}`,
    ];
    const { code, output, error } = await capture("mvn", args);
    if (error?.code === "ENOENT") {
      throw new Neo4jProcessError(
        "Maven is not installed (no `mvn` on PATH); on Debian/Ubuntu: apt-get install maven",
      );
    }
    if (code !== 0 || !existsSync(tmp)) {
      rmSync(tmp, { force: true });
      throw new Neo4jProcessError(
        `Maven could not build the Neo4j classpath (mvn ${args.join(" ")} exited ${code}). ` +
          "Check network access to Maven Central and the versions in neo4j/pom.xml.",
        { logTail: output.split("\n").slice(-30).join("\n").trimEnd() },
      );
    }
    renameSync(tmp, CLASSPATH_FILE); // atomic, so a concurrent start never reads half a file
    log(`Neo4j classpath built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return [CLASSES, ...readClasspath()].join(path.delimiter);
}

function capture(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: null, output, error }));
    child.on("close", (code) => resolve({ code, output }));
  });
}

// ── Processes and ports ──────────────────────────────────────────────────────────────────────────

/**
 * The launcher's command-line arguments when `pid` is a live (not zombie) launcher for `dataDir`,
 * else null. Checking the command line guards against a stale pid file whose pid was reused.
 */
function launcherArgs(pid, dataDir) {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return null;
  }
  if (process.platform !== "linux") return []; // no /proc: trust the pid
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    if (/\) [ZX] /.test(stat)) return null; // exited, not yet reaped
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const at = argv.indexOf(LAUNCHER_CLASS);
    if (at < 0) return null;
    const args = argv.slice(at + 1);
    const home = args[args.indexOf("--home") + 1];
    return home && path.resolve(home) === path.resolve(dataDir) ? args : null;
  } catch {
    return null;
  }
}

const isAlive = (pid, dataDir) => launcherArgs(pid, dataDir) !== null;

function readPid(dataDir) {
  try {
    const pid = Number(readFileSync(pidFile(dataDir), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function readReady(dataDir) {
  try {
    return JSON.parse(readFileSync(readyFile(dataDir), "utf8"));
  } catch {
    return null;
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAcceptsConnections(port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** True when this process could bind 127.0.0.1:port right now. */
export function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () =>
      server.close(() => resolve(true)),
    );
  });
}

/** The process listening on the port, `{ pid, name }`, when `ss` can tell; else null. */
export function portListener(port) {
  const result = spawnSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(result.stdout ?? "");
  return match ? { pid: Number(match[2]), name: match[1] } : null;
}

/** "by pid 123 (python3)" for whoever listens on the port, when `ss` can tell; else "". */
function portHolder(port) {
  const listener = portListener(port);
  return listener ? ` by pid ${listener.pid} (${listener.name})` : "";
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid, dataDir, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid, dataDir)) return true;
    await sleep(POLL_MS);
  }
  return !isAlive(pid, dataDir);
}

function removeStateFiles(dataDir) {
  rmSync(pidFile(dataDir), { force: true });
  rmSync(readyFile(dataDir), { force: true });
}

// ── Public operations ────────────────────────────────────────────────────────────────────────────

/**
 * Whether the instance of `dataDir` runs. `ready` means the launcher reported the database
 * available; `boltListening` whether the Bolt port accepts connections.
 */
export async function neo4jStatus(options = {}) {
  const { dataDir, boltPort: wantedBolt, httpPort: wantedHttp } = resolveOptions(options);
  const pid = readPid(dataDir);
  const args = launcherArgs(pid, dataDir);
  if (!args) {
    const [boltPort, httpPort] = [wantedBolt, wantedHttp];
    return {
      running: false,
      pid: null,
      ready: false,
      boltPort,
      httpPort,
      dataDir,
      boltListening: false,
    };
  }
  const ready = readReady(dataDir);
  const argPort = (name) => Number(args[args.indexOf(name) + 1]) || undefined;
  const boltPort = ready?.boltPort ?? argPort("--bolt-port") ?? wantedBolt;
  const httpPort = ready?.httpPort ?? argPort("--http-port") ?? wantedHttp;
  return {
    running: true,
    pid,
    neo4jPid: ready?.pid === pid ? (ready.neo4jPid ?? null) : null,
    ready: ready?.pid === pid,
    boltPort,
    httpPort,
    dataDir,
    boltListening: await portAcceptsConnections(boltPort),
  };
}

/**
 * Starts Neo4j for `dataDir` and resolves once it is ready: the launcher reported the default
 * database available and the Bolt port accepts connections. If this data folder's instance is
 * already running on the same ports it is reused (`reused: true`). `readyMs` counts from spawning
 * java (a classpath build before it is not included); Neo4j gets at most 120 s to become ready.
 */
export async function startNeo4j(options = {}) {
  const { boltPort, httpPort, dataDir, password, log } = resolveOptions(options);
  const started = Date.now();

  const status = await neo4jStatus({ dataDir, boltPort, httpPort });
  if (status.running) {
    if (status.boltPort !== boltPort || status.httpPort !== httpPort) {
      throw new Neo4jProcessError(
        `Neo4j for ${dataDir} is already running (pid ${status.pid}) on bolt ${status.boltPort} / http ${status.httpPort}, ` +
          `not on the requested bolt ${boltPort} / http ${httpPort}; stop it first (node scripts/neo4j.mjs stop)`,
      );
    }
    log(
      `Neo4j is already running (pid ${status.pid}) on bolt port ${boltPort}; starting twice reuses the running one`,
    );
    await waitUntilReady({ pid: status.pid, dataDir, boltPort, started });
    return { pid: status.pid, boltPort, httpPort, reused: true, readyMs: Date.now() - started };
  }
  removeStateFiles(dataDir); // left behind by a crash or kill -9

  checkJava();
  const classpath = await ensureClasspath({ log });

  for (const [name, port] of [
    ["Bolt", boltPort],
    ["HTTP", httpPort],
  ]) {
    if (!(await portFree(port))) {
      throw new Neo4jProcessError(
        `${name} port ${port} on 127.0.0.1 is already in use${portHolder(port)}, and not by Liaison's Neo4j for ${dataDir}. ` +
          `Stop that process or choose another port (LIAISON_NEO4J_${name.toUpperCase()}_PORT).`,
      );
    }
  }

  const fresh = !existsSync(path.join(dataDir, "data", "databases", "system"));
  mkdirSync(path.dirname(launcherLog(dataDir)), { recursive: true });
  const logFd = openSync(launcherLog(dataDir), "a");
  writeSync(
    logFd,
    `\n==== ${new Date().toISOString()} starting Neo4j: bolt ${boltPort}, http ${httpPort} ====\n`,
  );
  parseJvmOptions(readFileSync(JVM_OPTIONS, "utf8")); // readable before the supervisor reads it
  const args = [
    ...SUPERVISOR_JVM_OPTIONS,
    "-cp",
    classpath,
    LAUNCHER_CLASS,
    "--jvm-options",
    JVM_OPTIONS,
    "--home",
    dataDir,
    "--conf-dir",
    CONF_DIR,
    "--bolt-port",
    String(boltPort),
    "--http-port",
    String(httpPort),
  ];
  const spawnedAt = Date.now();
  const child = spawn("java", args, {
    cwd: dataDir,
    detached: true,
    stdio: ["ignore", logFd, logFd],
    env: { ...process.env, NEO4J_PASSWORD: password },
  });
  closeSync(logFd);
  let exited = null;
  child.once("exit", (code, signal) => (exited = { code, signal }));
  child.unref();
  if (!child.pid)
    throw new Neo4jProcessError("could not spawn java", { logTail: tail(launcherLog(dataDir)) });
  writeFileAtomic(pidFile(dataDir), `${child.pid}\n`);
  log(
    `starting Neo4j (pid ${child.pid}, ${fresh ? "fresh data folder: user neo4j gets the password from NEO4J_PASSWORD" : "existing data, whose password was set on its first start"}) in ${dataDir}…`,
  );

  try {
    await waitUntilReady({
      pid: child.pid,
      dataDir,
      boltPort,
      started: spawnedAt,
      exited: () => exited,
    });
  } catch (error) {
    if (isAlive(child.pid, dataDir)) await stopNeo4j({ dataDir });
    else removeStateFiles(dataDir);
    throw error;
  }
  const readyMs = Date.now() - spawnedAt;
  const build =
    spawnedAt - started > 2_000
      ? ` (${((Date.now() - started) / 1000).toFixed(1)} s with the build)`
      : "";
  log(
    `Neo4j ready in ${(readyMs / 1000).toFixed(1)} s${build}: bolt://127.0.0.1:${boltPort}, browser http://127.0.0.1:${httpPort}/browser/`,
  );
  return { pid: child.pid, boltPort, httpPort, reused: false, readyMs };
}

async function waitUntilReady({ pid, dataDir, boltPort, started, exited = () => null }) {
  const deadline = started + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit || !isAlive(pid, dataDir)) {
      const how = exit
        ? exit.signal
          ? `was killed by ${exit.signal}`
          : `exited with code ${exit.code}`
        : "is gone";
      throw new Neo4jProcessError(
        `Neo4j (pid ${pid}) ${how} before it was ready; see ${launcherLog(dataDir)}`,
        {
          logTail: tail(launcherLog(dataDir)),
        },
      );
    }
    if (readReady(dataDir)?.pid === pid && (await portAcceptsConnections(boltPort))) return;
    await sleep(POLL_MS);
  }
  throw new Neo4jProcessError(
    `Neo4j (pid ${pid}) was not ready within ${READY_TIMEOUT_MS / 1000} s; stopping it. See ${launcherLog(dataDir)}`,
    { logTail: tail(launcherLog(dataDir)) },
  );
}

function writeFileAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  writeSync(fd, text);
  closeSync(fd);
  renameSync(tmp, file);
}

/**
 * Stops the instance of `dataDir`: SIGTERM (the launcher shuts Neo4j down cleanly), then SIGKILL
 * if it has not exited after 30 s. Not running is fine.
 */
export async function stopNeo4j(options = {}) {
  const { dataDir, log } = resolveOptions(options);
  const pid = readPid(dataDir);
  if (!isAlive(pid, dataDir)) {
    removeStateFiles(dataDir);
    return { wasRunning: false, pid: null, killed: false, stopMs: 0 };
  }
  const started = Date.now();
  log(`stopping Neo4j (pid ${pid})…`);
  signal(pid, "SIGTERM");
  let killed = false;
  if (!(await waitForExit(pid, dataDir, options.timeoutMs ?? STOP_TIMEOUT_MS))) {
    log(
      `Neo4j (pid ${pid}) did not stop within ${(options.timeoutMs ?? STOP_TIMEOUT_MS) / 1000} s; sending SIGKILL`,
    );
    signal(pid, "SIGKILL");
    killed = true;
    await waitForExit(pid, dataDir, 5_000);
  }
  removeStateFiles(dataDir);
  const stopMs = Date.now() - started;
  log(`Neo4j stopped in ${(stopMs / 1000).toFixed(1)} s`);
  return { wasRunning: true, pid, killed, stopMs };
}

/**
 * SIGKILLs the instance of `dataDir`, as a crash would, and waits until it is gone. The pid file
 * is left behind on purpose: the next start must cope with it (and Neo4j recovers its stores).
 */
export async function killNeo4j(options = {}) {
  const { dataDir } = resolveOptions(options);
  const pid = readPid(dataDir);
  if (!isAlive(pid, dataDir)) return { killed: false, pid: null };
  const neo4jPid = readReady(dataDir)?.neo4jPid;
  signal(pid, "SIGKILL");
  await waitForExit(pid, dataDir, 10_000);
  if (neo4jPid) await waitForExit(neo4jPid, dataDir, 10_000); // it halts once its supervisor is gone
  return { killed: true, pid };
}

/**
 * SIGKILLs only the Neo4j JVM, as an out-of-memory exit would end it, and leaves its supervisor
 * running: the supervisor starts it again. Resolves to the killed pid, or null when none ran.
 */
export async function crashNeo4j(options = {}) {
  const { dataDir } = resolveOptions(options);
  const neo4jPid = readReady(dataDir)?.neo4jPid;
  if (!isAlive(neo4jPid, dataDir)) return { crashed: false, neo4jPid: null };
  signal(neo4jPid, "SIGKILL");
  await waitForExit(neo4jPid, dataDir, 10_000);
  return { crashed: true, neo4jPid };
}

function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
}
