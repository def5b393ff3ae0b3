// Liaison's NLP service as a process: build its classpath, start, stop, kill, status.
// Plain Node (ESM, no dependencies), used by scripts/nlp.mjs, the up and down scripts and the test
// harness, as scripts/lib/neo4j-process.mjs is for Neo4j.
//
// The service (nlp/src/main/java/dev/liaison/nlp/Server.java) is one Stanford CoreNLP pipeline
// behind a small HTTP server on 127.0.0.1. Files this module keeps in the data folder:
//   nlp.pid    the JVM's pid, written right after spawning it
//   nlp.ready  written by the service once its models are loaded: {pid, port, threads, startMs}
//   nlp.log    its standard output and error
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
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseJavaMajor, portFree, portListener, tail } from "./neo4j-process.mjs";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const NLP_DIR = path.join(REPO_ROOT, "nlp");
const POM = path.join(NLP_DIR, "pom.xml");
const SOURCES = path.join(NLP_DIR, "src/main/java/dev/liaison/nlp");
const TARGET = path.join(NLP_DIR, "target");
// The compiled classes, not the packaged jar: rebuilding rewrites class files one by one, never
// the jar a running instance (someone's `java -cp target/liaison-nlp-1.0.0.jar`) reads from.
const CLASSES = path.join(TARGET, "classes");
const COMPILED = path.join(CLASSES, "dev/liaison/nlp");
const CLASSPATH_FILE = path.join(TARGET, "classpath.txt");
const SERVER_CLASS = "dev.liaison.nlp.Server";

export const DEFAULTS = Object.freeze({
  port: 9010,
  dataDir: ".data/nlp",
  heap: "1200m",
  timeoutMs: 30_000,
});

/**
 * Measured on this project's 2-core machine with the heap fixed at 1200 MB (resident once ready /
 * at most with three 50 KB documents at once): parallel 850 MB / 1.04 GB, G1 1.18 / 1.26 GB (its
 * remembered sets), serial 650 / 950 MB. Parallel also came up first of the three, and unlike
 * serial it collects on both cores while both workers parse. The caps keep the rest small.
 */
export function jvmOptions(heap) {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    "-XX:+UseParallelGC",
    "-XX:ReservedCodeCacheSize=96m",
    "-XX:MaxMetaspaceSize=128m",
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    "-Dfile.encoding=UTF-8",
  ];
}

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;
const POLL_MS = 200;

/** A failure with a message meant for people; `logTail` holds the end of the relevant log, if any. */
export class NlpProcessError extends Error {
  constructor(message, { logTail = "", cause } = {}) {
    super(message, { cause });
    this.name = "NlpProcessError";
    this.logTail = logTail;
  }
}

/**
 * Fills in options from the environment, then the defaults. A relative data folder is taken from the
 * repository root, so the scripts behave the same from any working directory.
 */
export function resolveOptions(options = {}, env = process.env) {
  const value = options.port ?? env.LIAISON_NLP_PORT ?? DEFAULTS.port;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new NlpProcessError(`LIAISON_NLP_PORT must be a TCP port, got "${value}"`);
  const heap = String(options.heap ?? env.LIAISON_NLP_HEAP ?? DEFAULTS.heap);
  if (!/^\d+[mg]$/i.test(heap))
    throw new NlpProcessError(`LIAISON_NLP_HEAP must be a size like 1200m or 2g, got "${heap}"`);
  const timeout = options.timeoutMs ?? env.LIAISON_NLP_TIMEOUT_MS ?? DEFAULTS.timeoutMs;
  const timeoutMs = Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1_000)
    throw new NlpProcessError(
      `LIAISON_NLP_TIMEOUT_MS must be a whole number of milliseconds, at least 1000, got "${timeout}"`,
    );
  return {
    port,
    heap,
    timeoutMs,
    dataDir: path.resolve(REPO_ROOT, options.dataDir ?? env.LIAISON_NLP_DATA ?? DEFAULTS.dataDir),
    log: options.log ?? (() => {}),
  };
}

const pidFile = (dataDir) => path.join(dataDir, "nlp.pid");
const readyFile = (dataDir) => path.join(dataDir, "nlp.ready");
export const nlpLog = (dataDir) => path.join(dataDir, "nlp.log");

// ── Java and the Maven-built classpath ────────────────────────────────────────────────────────────

function checkJava() {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  const hint = "on Debian/Ubuntu: apt-get install openjdk-17-jre-headless";
  if (result.error?.code === "ENOENT")
    throw new NlpProcessError(
      `Java is not installed (no \`java\` on PATH). CoreNLP 4.5 needs Java 17+; ${hint}`,
    );
  const major = parseJavaMajor(result.stderr ?? "");
  if (major !== null && major < 17)
    throw new NlpProcessError(
      `Java ${major} found, but Liaison's NLP service needs Java 17+; ${hint}`,
    );
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : -1);

function readClasspath() {
  return readFileSync(CLASSPATH_FILE, "utf8").trim().split(path.delimiter).filter(Boolean);
}

/** Why the classpath must be (re)built, or null when what is in nlp/target/ is current. */
export function staleReason() {
  if (!existsSync(CLASSPATH_FILE)) return "nlp/target/classpath.txt is missing";
  if (!existsSync(path.join(COMPILED, "Server.class"))) return "the compiled service is missing";
  if (mtime(POM) > mtime(CLASSPATH_FILE)) return "nlp/pom.xml changed";
  const changed = readdirSync(SOURCES)
    .filter((file) => file.endsWith(".java"))
    .find(
      (file) =>
        mtime(path.join(SOURCES, file)) >
        mtime(path.join(COMPILED, file.replace(/\.java$/, ".class"))),
    );
  if (changed) return `${changed} changed`;
  const missing = readClasspath().find((jar) => !existsSync(jar));
  if (missing) return `${missing} is gone from the local Maven repository`;
  return null;
}

/**
 * Compiles the service and writes nlp/target/classpath.txt with Maven when they are missing or
 * older than nlp/pom.xml or a source file. Needs the network only while CoreNLP and its models jar
 * (about 500 MB) are not yet in ~/.m2. Resolves to the full Java classpath.
 */
export async function ensureClasspath({ log = () => {} } = {}) {
  if (staleReason()) await withBuildLock(() => build(log));
  return [CLASSES, ...readClasspath()].join(path.delimiter);
}

const BUILD_LOCK = path.join(TARGET, ".build.lock");
const BUILD_LOCK_STALE_MS = 15 * 60_000;

/**
 * Runs `work` while holding nlp/target/.build.lock (a directory: mkdir is atomic), so that two
 * starts at once (npm test beside npm run up) never run Maven in the same target folder together.
 */
async function withBuildLock(work) {
  mkdirSync(TARGET, { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A lock older than any build is one whose holder died.
      if (Date.now() - mtime(BUILD_LOCK) > BUILD_LOCK_STALE_MS)
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

async function build(log) {
  const reason = staleReason(); // again: whoever held the lock may have built it meanwhile
  if (reason) {
    log(
      `building the NLP service with Maven (${reason}); the first build downloads CoreNLP and its ~500 MB of models into ~/.m2…`,
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
    if (error?.code === "ENOENT")
      throw new NlpProcessError(
        "Maven is not installed (no `mvn` on PATH); on Debian/Ubuntu: apt-get install maven",
      );
    if (code !== 0 || !existsSync(tmp)) {
      rmSync(tmp, { force: true });
      throw new NlpProcessError(
        `Maven could not build the NLP service (mvn ${args.join(" ")} exited ${code}). ` +
          "A compile error in nlp/src shows below; otherwise check network access to Maven Central " +
          "and the versions in nlp/pom.xml.",
        { logTail: output.split("\n").slice(-30).join("\n").trimEnd() },
      );
    }
    renameSync(tmp, CLASSPATH_FILE); // atomic, so a concurrent start never reads half a file
    log(`NLP service built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
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

// ── Processes ────────────────────────────────────────────────────────────────────────────────────

/**
 * The service's command-line arguments when `pid` is a live (not zombie) NLP service whose ready
 * file is in `dataDir`, else null. Checking the command line guards against a reused pid.
 */
function serverArgs(pid, dataDir) {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if (error.code !== "EPERM") return null;
  }
  if (process.platform !== "linux") return []; // no /proc: trust the pid
  try {
    if (/\) [ZX] /.test(readFileSync(`/proc/${pid}/stat`, "utf8"))) return null; // exited, not reaped
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const at = argv.indexOf(SERVER_CLASS);
    if (at < 0) return null;
    const args = argv.slice(at + 1);
    const ready = args[args.indexOf("--ready-file") + 1];
    return ready && path.resolve(ready) === readyFile(dataDir) ? args : null;
  } catch {
    return null;
  }
}

const isAlive = (pid, dataDir) => serverArgs(pid, dataDir) !== null;

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

/** Resident memory of a process in bytes (Linux), or null. */
export function residentBytes(pid) {
  try {
    const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

export const formatMb = (bytes) =>
  bytes == null ? "unknown" : `${Math.round(bytes / 2 ** 20)} MB`;

/** True when GET /ready on 127.0.0.1:port answers 200 within the timeout. */
export async function answersReady(url, timeoutMs = 1_000) {
  try {
    const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
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

function writeFileAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  writeSync(fd, text);
  closeSync(fd);
  renameSync(tmp, file);
}

function signal(pid, name) {
  try {
    process.kill(pid, name);
  } catch (error) {
    if (error.code !== "ESRCH") throw error;
  }
}

// ── Public operations ────────────────────────────────────────────────────────────────────────────

/** Whether the instance of `dataDir` runs, and whether it answers /ready; with its resident memory. */
export async function nlpStatus(options = {}) {
  const { dataDir, port: wanted } = resolveOptions(options);
  const pid = readPid(dataDir);
  const args = serverArgs(pid, dataDir);
  if (!args)
    return {
      running: false,
      pid: null,
      ready: false,
      port: wanted,
      url: `http://127.0.0.1:${wanted}`,
      dataDir,
      rssBytes: null,
    };
  const port = Number(args[args.indexOf("--port") + 1]) || wanted;
  const url = `http://127.0.0.1:${port}`;
  const ready = readReady(dataDir)?.pid === pid && (await answersReady(url));
  return { running: true, pid, ready, port, url, dataDir, rssBytes: residentBytes(pid) };
}

/**
 * Starts the NLP service for `dataDir` and resolves once it answers /ready. If this data folder's
 * instance already runs on the same port it is reused (`reused: true`). `readyMs` counts from
 * spawning java (a Maven build before it is not included); `rssBytes` is its resident memory then.
 */
export async function startNlp(options = {}) {
  const { port, heap, timeoutMs, dataDir, log } = resolveOptions(options);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();

  const status = await nlpStatus({ dataDir, port });
  if (status.running) {
    if (status.port !== port) {
      throw new NlpProcessError(
        `the NLP service for ${dataDir} is already running (pid ${status.pid}) on port ${status.port}, ` +
          `not on the requested ${port}; stop it first (npm run nlp -- stop)`,
      );
    }
    log(
      `the NLP service is already running (pid ${status.pid}) on port ${port}; starting twice reuses the running one`,
    );
    await waitUntilReady({ pid: status.pid, dataDir, url, started });
    return {
      pid: status.pid,
      port,
      url,
      reused: true,
      readyMs: Date.now() - started,
      rssBytes: residentBytes(status.pid),
    };
  }
  removeStateFiles(dataDir); // left behind by a crash or kill -9

  checkJava();
  const classpath = await ensureClasspath({ log });
  if (!(await portFree(port))) {
    const holder = portListener(port);
    throw new NlpProcessError(
      `port ${port} on 127.0.0.1 is already in use${holder ? ` by pid ${holder.pid} (${holder.name})` : ""}, ` +
        `and not by Liaison's NLP service for ${dataDir}. Stop that program or choose another port (LIAISON_NLP_PORT).`,
    );
  }

  mkdirSync(dataDir, { recursive: true });
  const logFd = openSync(nlpLog(dataDir), "a");
  writeSync(
    logFd,
    `\n==== ${new Date().toISOString()} starting the NLP service: port ${port}, heap ${heap} ====\n`,
  );
  const args = [
    ...jvmOptions(heap),
    "-cp",
    classpath,
    SERVER_CLASS,
    "--port",
    String(port),
    "--timeout-ms",
    String(timeoutMs),
    "--ready-file",
    readyFile(dataDir),
  ];
  const spawnedAt = Date.now();
  const child = spawn("java", args, {
    cwd: dataDir,
    detached: true,
    stdio: ["ignore", logFd, logFd],
  });
  closeSync(logFd);
  let exited = null;
  child.once("exit", (code, signalName) => (exited = { code, signal: signalName }));
  child.unref();
  if (!child.pid)
    throw new NlpProcessError("could not spawn java", { logTail: tail(nlpLog(dataDir)) });
  writeFileAtomic(pidFile(dataDir), `${child.pid}\n`);
  log(`starting the NLP service (pid ${child.pid}, heap ${heap}, log ${nlpLog(dataDir)})…`);

  try {
    await waitUntilReady({
      pid: child.pid,
      dataDir,
      url,
      started: spawnedAt,
      exited: () => exited,
    });
  } catch (error) {
    if (isAlive(child.pid, dataDir)) await stopNlp({ dataDir });
    else removeStateFiles(dataDir);
    throw error;
  }
  const readyMs = Date.now() - spawnedAt;
  const rssBytes = residentBytes(child.pid);
  const build =
    spawnedAt - started > 2_000
      ? ` (${((Date.now() - started) / 1000).toFixed(1)} s with the build)`
      : "";
  log(
    `NLP service ready in ${(readyMs / 1000).toFixed(1)} s${build}, ${formatMb(rssBytes)} resident: ${url}`,
  );
  return { pid: child.pid, port, url, reused: false, readyMs, rssBytes };
}

async function waitUntilReady({ pid, dataDir, url, started, exited = () => null }) {
  const deadline = started + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit || !isAlive(pid, dataDir)) {
      const how = exit
        ? exit.signal
          ? `was killed by ${exit.signal}`
          : `exited with code ${exit.code}`
        : "is gone";
      throw new NlpProcessError(
        `the NLP service (pid ${pid}) ${how} before it was ready; see ${nlpLog(dataDir)}`,
        {
          logTail: tail(nlpLog(dataDir)),
        },
      );
    }
    if (readReady(dataDir)?.pid === pid && (await answersReady(url))) return;
    await sleep(POLL_MS);
  }
  throw new NlpProcessError(
    `the NLP service (pid ${pid}) was not ready within ${READY_TIMEOUT_MS / 1000} s; stopping it. See ${nlpLog(dataDir)}`,
    { logTail: tail(nlpLog(dataDir)) },
  );
}

/** Stops the instance of `dataDir`: SIGTERM, then SIGKILL after 15 s. Not running is fine. */
export async function stopNlp(options = {}) {
  const { dataDir, log } = resolveOptions(options);
  const pid = readPid(dataDir);
  if (!isAlive(pid, dataDir)) {
    removeStateFiles(dataDir);
    return { wasRunning: false, pid: null, killed: false, stopMs: 0 };
  }
  const started = Date.now();
  log(`stopping the NLP service (pid ${pid})…`);
  signal(pid, "SIGTERM");
  let killed = false;
  if (!(await waitForExit(pid, dataDir, options.timeoutMs ?? STOP_TIMEOUT_MS))) {
    log(`the NLP service (pid ${pid}) did not stop in time; sending SIGKILL`);
    signal(pid, "SIGKILL");
    killed = true;
    await waitForExit(pid, dataDir, 5_000);
  }
  removeStateFiles(dataDir);
  const stopMs = Date.now() - started;
  log(`NLP service stopped in ${(stopMs / 1000).toFixed(1)} s`);
  return { wasRunning: true, pid, killed, stopMs };
}

/** SIGKILLs the instance of `dataDir`, as a crash would; the pid file stays for the next start to cope with. */
export async function killNlp(options = {}) {
  const { dataDir } = resolveOptions(options);
  const pid = readPid(dataDir);
  if (!isAlive(pid, dataDir)) return { killed: false, pid: null };
  signal(pid, "SIGKILL");
  await waitForExit(pid, dataDir, 10_000);
  return { killed: true, pid };
}

/** The URLs in a LIAISON_NLP_URL value: comma-separated, trailing slashes dropped. */
export function parseNlpUrls(value = "") {
  return value
    .split(",")
    .map((url) => url.trim().replace(/\/+$/, ""))
    .filter(Boolean);
}

/**
 * What `npm run up` needs: when LIAISON_NLP_URL names instances, checks that they answer /ready
 * (at least one must; the others are named in `down`) and starts nothing; otherwise starts the local
 * service, or reuses it. Resolves to the URLs extraction should use.
 */
export async function ensureNlp({ env = process.env, log = () => {}, ...options } = {}) {
  const given = parseNlpUrls(env.LIAISON_NLP_URL);
  if (!given.length) {
    const nlp = await startNlp({ ...options, log });
    return { urls: [nlp.url], down: [], local: nlp };
  }
  const ready = await Promise.all(given.map((url) => answersReady(url, 3_000)));
  const down = given.filter((_, i) => !ready[i]);
  if (down.length === given.length) {
    throw new NlpProcessError(
      `no NLP service answers at ${given.join(", ")} (LIAISON_NLP_URL): start one there, ` +
        "or unset LIAISON_NLP_URL to let `npm run up` start the local one",
    );
  }
  if (down.length) log(`${down.join(", ")} do not answer /ready; documents go to the others`);
  log(`using the NLP service at ${given.join(", ")} (not starting a local one)`);
  return { urls: given, down, local: null };
}
