// `npm test`: every test. Static checks (types, format, import boundaries), unit tests (vitest), database tests against a Neo4j this script starts on
// its own port and data folder, then browser tests (Playwright in Debian's Chromium) against the
// built app; all of them with an NLP service (CoreNLP) that this script starts on its own port too
// and stops at the end. Prints one closing line "tests: N passed, M failed" and exits non-zero on
// any failure.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureChromium, ensureNodeModules, log, ROOT, run, mustRun } from "./lib/proc.mjs";

const TEST_BOLT_PORT = Number(process.env.LIAISON_TEST_BOLT_PORT ?? 7688);
const TEST_HTTP_PORT = Number(process.env.LIAISON_TEST_HTTP_PORT ?? 7475);
const TEST_APP_PORT = Number(process.env.LIAISON_TEST_APP_PORT ?? 3100);
const TEST_DATA = path.join(ROOT, ".data", process.env.LIAISON_TEST_DATA_NAME ?? "neo4j-test");
const TEST_NLP_PORT = Number(process.env.LIAISON_TEST_NLP_PORT ?? 9011);
const TEST_NLP_DATA = path.join(
  ROOT,
  ".data",
  process.env.LIAISON_TEST_NLP_DATA_NAME ?? "nlp-test",
);
const TEST_NLP_URL = `http://127.0.0.1:${TEST_NLP_PORT}`;
const RESULTS = path.join(ROOT, process.env.LIAISON_RESULTS_DIR ?? "test-results");
const only = process.argv.slice(2); // e.g. `npm test -- unit db` runs those stages only

const testEnv = {
  ...process.env,
  NEO4J_URI: `bolt://127.0.0.1:${TEST_BOLT_PORT}`,
  NEO4J_USER: "neo4j",
  NEO4J_PASSWORD: "liaison-test",
  NEO4J_DATABASE: "neo4j",
  LIAISON_DIST_DIR: process.env.LIAISON_DIST_DIR ?? ".next-test",
  LIAISON_TEST_APP_PORT: String(TEST_APP_PORT),
  LIAISON_NLP_URL: TEST_NLP_URL,
  NEXT_TELEMETRY_DISABLED: "1",
};

const totals = { passed: 0, failed: 0 };
/** What failed and why, printed again at the very end so a log's tail explains a red run. */
const failures = [];
const MAX_REASON_CHARS = 2_000;

/** A message with at most three stack frames. */
function shortStack(message = "") {
  let frames = 0;
  return message
    .split("\n")
    .filter((line) => !/^\s+at /.test(line) || frames++ < 3)
    .join("\n");
}

function noteFailure(stage, name, reason) {
  failures.push({
    stage,
    name,
    reason: String(reason ?? "")
      .trim()
      .slice(0, MAX_REASON_CHARS),
  });
}

function printFailures() {
  if (!failures.length) return;
  console.log(`\n[liaison] failed tests (${failures.length}):`);
  for (const { stage, name, reason } of failures.slice(0, 12)) {
    console.log(`✗ [${stage}] ${name}`);
    if (reason) console.log(reason.replace(/\x1b\[[0-9;]*m/g, "").replace(/^/gm, "    "));
  }
  if (failures.length > 12) console.log(`… and ${failures.length - 12} more`);
}

function countVitest(name, file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  for (const suite of report.testResults ?? []) {
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const t of failed)
      noteFailure(name, t.fullName, shortStack((t.failureMessages ?? []).join("\n")));
    if (!failed.length && suite.status === "failed") {
      totals.failed += 1; // a file that failed to load or whose hooks failed
      noteFailure(name, path.relative(ROOT, suite.name), shortStack(suite.message));
    }
  }
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, "utf8"));
  const { stats } = report;
  totals.passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  totals.failed += stats?.unexpected ?? 0;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== "unexpected") continue;
        const last = t.results?.at(-1);
        noteFailure("e2e", [...titles, spec.title].join(" › "), last?.error?.message);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  for (const error of report.errors ?? []) noteFailure("e2e", "run", error.message);
  return true;
}

/** Failed tests of a node:test TAP file, with the YAML block that says why (stack trimmed). */
function tapFailures(tap) {
  const lines = tap.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const match = /^(\s*)not ok \d+ - (.*)$/.exec(lines[i]);
    if (!match) continue;
    const block = [];
    let inStack = 0;
    if (/^\s*---\s*$/.test(lines[i + 1] ?? "")) {
      for (let j = i + 2; j < lines.length && !/^\s*\.\.\.\s*$/.test(lines[j]); j++) {
        const line = lines[j].slice(match[1].length + 2);
        if (/^stack:/.test(line)) inStack = 1;
        else if (inStack && /^\S/.test(line)) inStack = 0;
        if (inStack && inStack++ > 4) continue;
        block.push(line);
      }
    }
    noteFailure("scripts", match[2], block.join("\n"));
  }
}

async function stage(name, fn) {
  if (only.length && !only.includes(name)) return true;
  log(`── ${name} tests ──`);
  const started = Date.now();
  const ok = await fn();
  log(
    `── ${name} tests ${ok ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s ──`,
  );
  return ok;
}

async function vitest(name, configFile, env) {
  const out = path.join(RESULTS, `${name}.json`);
  rmSync(out, { force: true });
  const code = await run(
    "npx",
    [
      "vitest",
      "run",
      "--config",
      configFile,
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${out}`,
    ],
    { env },
  );
  const failedBefore = totals.failed;
  // A runner that failed without naming a failed test (crash, global setup) still counts as one.
  if (!countVitest(name, out) || (code !== 0 && totals.failed === failedBefore)) {
    totals.failed += 1;
    noteFailure(name, "the runner", `vitest exited ${code} without naming a failed test`);
  }
  return code === 0;
}

/** The plain-Node tests of the scripts (node:test), counted from their TAP summary. */
async function nodeTests(dir) {
  const out = path.join(RESULTS, "scripts.tap");
  mkdirSync(RESULTS, { recursive: true });
  const files = readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".test.mjs"))
    .map((f) => path.join(dir, f));
  const code = await run(
    "node",
    [
      "--test",
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      "--test-reporter=tap",
      `--test-reporter-destination=${out}`,
      ...files,
    ],
    {
      // Includes starting and killing a real Neo4j, on free ports the OS chooses
      // (or LIAISON_NEO4J_IT_BOLT_PORT / LIAISON_NEO4J_IT_HTTP_PORT), with data under .data/.
      // The NLP service's tests start their own instance too, on a free port (or LIAISON_NLP_IT_PORT).
      env: { ...process.env, LIAISON_NEO4J_IT: "1", LIAISON_NLP_URL: TEST_NLP_URL },
    },
  );
  const tap = existsSync(out) ? readFileSync(out, "utf8") : "";
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(tap)?.[1] ?? 0);
  totals.passed += count("pass");
  totals.failed += count("fail") + (tap ? 0 : 1);
  if (tap) tapFailures(tap);
  else noteFailure("scripts", "the runner", `node --test exited ${code} and wrote no TAP report`);
  return code === 0;
}

/** The static checks, each one test; they share nothing, so they run side by side. */
const STATIC_CHECKS = [
  { name: "type check (tsc --noEmit)", command: "npx", args: ["tsc", "--noEmit"] },
  { name: "format check (prettier --check .)", command: "npx", args: ["prettier", "--check", "."] },
  { name: "import boundaries", command: "node", args: ["scripts/check-boundaries.mjs"] },
];
const TAIL_LINES = 30;

/** Runs a command with its output collected (stdout and stderr interleaved); resolves {code, output}. */
function runCollected(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function staticChecks() {
  const results = await Promise.all(
    STATIC_CHECKS.map(async ({ name, command, args }) => {
      const started = Date.now();
      const { code, output } = await runCollected(command, args);
      return { name, code, output, seconds: (Date.now() - started) / 1000 };
    }),
  );
  for (const { name, code, output, seconds } of results) {
    const tail = output
      .trimEnd()
      .split("\n")
      .slice(-TAIL_LINES)
      .join("\n")
      .slice(-MAX_REASON_CHARS);
    if (code === 0) {
      totals.passed += 1;
      log(`✓ ${name} (${seconds.toFixed(1)} s)`);
    } else {
      totals.failed += 1;
      log(`✗ ${name} exited ${code} (${seconds.toFixed(1)} s):`);
      if (tail) console.log(tail);
      noteFailure("static", name, `exited ${code}; last lines:\n${tail}`);
    }
  }
  return results.every((r) => r.code === 0);
}

async function main() {
  const started = Date.now();
  await ensureNodeModules();
  const { startNeo4j, stopNeo4j } = await import("./lib/neo4j-process.mjs");
  const { startNlp, stopNlp } = await import("./lib/nlp-process.mjs");
  const needsNlp = !only.length || ["unit", "db", "e2e"].some((name) => only.includes(name));
  try {
    if (needsNlp) {
      await stopNlp({ dataDir: TEST_NLP_DATA }); // one left running by an interrupted run, maybe of older code
      // It runs detached, so Ctrl-C would not reach it: stop it on the way out.
      for (const signal of ["SIGINT", "SIGTERM"]) {
        process.once(signal, () =>
          stopNlp({ dataDir: TEST_NLP_DATA }).finally(() => process.exit(130)),
        );
      }
      log(`starting the test NLP service on port ${TEST_NLP_PORT}…`);
      await startNlp({ port: TEST_NLP_PORT, dataDir: TEST_NLP_DATA, log });
    }
    return await runStages({ startNeo4j, stopNeo4j, started });
  } finally {
    if (needsNlp) await stopNlp({ dataDir: TEST_NLP_DATA });
  }
}

async function runStages({ startNeo4j, stopNeo4j, started }) {
  let ok = true;
  ok = (await stage("static", staticChecks)) && ok;
  ok =
    (await stage("unit", () =>
      vitest("unit", "vitest.config.mts", { ...process.env, LIAISON_NLP_URL: TEST_NLP_URL }),
    )) && ok;
  ok = (await stage("scripts", () => nodeTests("scripts/lib"))) && ok;

  const needsDb = !only.length || only.includes("db") || only.includes("e2e");
  if (needsDb) {
    await stopNeo4j({ dataDir: TEST_DATA }); // a test Neo4j left running by an interrupted run
    rmSync(TEST_DATA, { recursive: true, force: true }); // every run starts from an empty database
    log(`starting the test Neo4j on bolt port ${TEST_BOLT_PORT}…`);
    await startNeo4j({
      boltPort: TEST_BOLT_PORT,
      httpPort: TEST_HTTP_PORT,
      dataDir: TEST_DATA,
      password: testEnv.NEO4J_PASSWORD,
      log,
    });
  }
  try {
    ok = (await stage("db", () => vitest("db", "vitest.db.config.mts", testEnv))) && ok;
    ok =
      (await stage("e2e", async () => {
        await ensureChromium();
        await mustRun("npx", ["tsx", "scripts/seed.ts", "--reset"], { env: testEnv });
        await mustRun("npx", ["next", "build"], { env: testEnv });
        const out = path.join(RESULTS, "e2e.json");
        rmSync(out, { force: true });
        const code = await run("npx", ["playwright", "test"], {
          env: { ...testEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: out },
        });
        const failedBefore = totals.failed;
        if (!countPlaywright(out) || (code !== 0 && totals.failed === failedBefore)) {
          totals.failed += 1;
          noteFailure(
            "e2e",
            "the runner",
            `playwright exited ${code} without naming a failed test`,
          );
        }
        return code === 0;
      })) && ok;
  } finally {
    if (needsDb) await stopNeo4j({ dataDir: TEST_DATA });
  }
  printFailures();
  log(`all tests ${ok ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
  return ok && totals.failed === 0 ? 0 : 1;
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    printFailures();
    console.error(`[liaison] test run failed: ${error.message}`);
    if (error.logTail) console.error(error.logTail);
    console.log(`tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(1);
  });
