// Tests for scripts/lib/nlp-process.mjs and the NLP service it runs, with Node's own runner:
//   node --test scripts/lib/nlp-process.test.mjs
// The real-service tests start their own instance on a free port (or LIAISON_NLP_IT_PORT), with a
// data folder under .data/, and stop it; a machine without Java or the models fails them.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { portFree } from "./neo4j-process.mjs";
import {
  DEFAULTS,
  ensureNlp,
  jvmOptions,
  killNlp,
  NlpProcessError,
  nlpStatus,
  parseNlpUrls,
  REPO_ROOT,
  resolveOptions,
  startNlp,
  stopNlp,
} from "./nlp-process.mjs";

describe("resolveOptions", () => {
  test("defaults, with the data folder under the repository root", () => {
    const o = resolveOptions({}, {});
    assert.deepEqual([o.port, o.heap, o.timeoutMs], [DEFAULTS.port, "1200m", 30_000]);
    assert.equal(o.dataDir, path.join(REPO_ROOT, ".data/nlp"));
  });

  test("environment, then explicit options, win over defaults", () => {
    const env = {
      LIAISON_NLP_PORT: "9011",
      LIAISON_NLP_DATA: ".data/nlp-x",
      LIAISON_NLP_HEAP: "1g",
    };
    const fromEnv = resolveOptions({}, env);
    assert.deepEqual(
      [fromEnv.port, fromEnv.heap, fromEnv.dataDir],
      [9011, "1g", path.join(REPO_ROOT, ".data/nlp-x")],
    );
    const explicit = resolveOptions({ port: 9100, dataDir: "/tmp/abs" }, env);
    assert.deepEqual([explicit.port, explicit.dataDir], [9100, "/tmp/abs"]);
  });

  test("rejects a port that is not a port and a heap that is not a size, naming the variable", () => {
    assert.throws(() => resolveOptions({}, { LIAISON_NLP_PORT: "70000" }), /LIAISON_NLP_PORT/);
    assert.throws(() => resolveOptions({ port: "nine" }, {}), NlpProcessError);
    assert.throws(() => resolveOptions({}, { LIAISON_NLP_HEAP: "lots" }), /LIAISON_NLP_HEAP/);
    assert.throws(
      () => resolveOptions({}, { LIAISON_NLP_TIMEOUT_MS: "5s" }),
      /LIAISON_NLP_TIMEOUT_MS/,
    );
  });
});

test("LIAISON_NLP_URL lists instances, comma-separated", () => {
  assert.deepEqual(parseNlpUrls(" http://a:9010/, http://b:9000 ,,"), [
    "http://a:9010",
    "http://b:9000",
  ]);
  assert.deepEqual(parseNlpUrls(""), []);
});

test("the heap is fixed: the same initial and maximum size", () => {
  const options = jvmOptions("1200m");
  assert.ok(options.includes("-Xms1200m") && options.includes("-Xmx1200m"));
});

test("status and stop of a data folder with nothing running", async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "liaison-nlp-"));
  try {
    assert.equal((await nlpStatus({ dataDir })).running, false);
    assert.deepEqual(await stopNlp({ dataDir }), {
      wasRunning: false,
      pid: null,
      killed: false,
      stopMs: 0,
    });
    assert.deepEqual(await killNlp({ dataDir }), { killed: false, pid: null });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** A port nothing listens on, below the ephemeral range (see neo4j-process.test.mjs for why). */
async function freePort() {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await portFree(port)) return port;
  }
  throw new Error("no free port found between 20000 and 32000");
}

function itDataDir() {
  const parent = path.join(REPO_ROOT, ".data");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(path.join(parent, "nlp-it-"));
}

/** Runs `work`; a failure carries the service log's tail, so a CI log shows why it did not start. */
async function explained(work) {
  try {
    return await work();
  } catch (error) {
    if (error?.logTail) error.message += `\n--- nlp.log (tail) ---\n${error.logTail}`;
    throw error;
  }
}

const post = (url, body) =>
  fetch(`${url}/`, {
    method: "POST",
    headers: { "content-type": "text/plain; charset=utf-8" },
    body,
  });

/** `chars` characters of ordinary English words with no punctuation at all. */
function unpunctuated(chars) {
  const words =
    "the minister met the envoy in the capital and they talked about trade and the border".split(
      " ",
    );
  let text = "";
  for (let i = 0; text.length < chars; i++) text += `${words[i % words.length]} `;
  return text.slice(0, chars);
}

describe("a real NLP service", { concurrency: 1 }, () => {
  test(
    "starts, is reused, analyses, refuses bad input, survives kill -9, stops",
    { timeout: 420_000 },
    async (t) => {
      const port = Number(process.env.LIAISON_NLP_IT_PORT ?? (await freePort()));
      const dataDir = itDataDir();
      // A page without punctuation takes a while on two cores shared with other test runs: the limit
      // here is on its growth with the size (below), not on the machine's speed.
      const o = { port, dataDir, timeoutMs: 180_000 };
      const url = `http://127.0.0.1:${port}`;
      try {
        const first = await explained(() => startNlp(o));
        t.diagnostic(
          `ready in ${(first.readyMs / 1000).toFixed(1)} s, ${Math.round(first.rssBytes / 2 ** 20)} MB resident`,
        );
        assert.equal(first.reused, false);
        assert.ok(first.readyMs < 60_000, `ready after ${first.readyMs} ms`);
        const second = await explained(() => startNlp(o));
        assert.deepEqual([second.reused, second.pid], [true, first.pid]);
        assert.equal((await nlpStatus(o)).ready, true);

        assert.equal((await fetch(`${url}/ready`)).status, 200);
        const stats = await (await fetch(`${url}/stats`)).json();
        assert.equal(typeof stats.cpuMs, "number");
        assert.match(stats.annotators, /ner.*depparse/);

        const answer = await post(url, "Ana Silva met John Smith in Paris on Monday.");
        assert.equal(answer.status, 200);
        const [sentence] = (await answer.json()).sentences;
        const ner = Object.fromEntries(sentence.tokens.map((token) => [token.word, token.ner]));
        assert.deepEqual(
          [ner.Ana, ner.Smith, ner.Paris, ner.met],
          ["PERSON", "PERSON", "LOCATION", "O"],
        );
        const met = sentence.tokens.find((token) => token.word === "met");
        assert.deepEqual([met.characterOffsetBegin, met.lemma, met.pos], [10, "meet", "VBD"]);
        const deps = sentence.enhancedPlusPlusDependencies;
        const word = (index) => sentence.tokens[index - 1]?.word;
        assert.ok(deps.some((d) => d.dep === "ROOT" && word(d.dependent) === "met"));
        assert.ok(
          deps.some(
            (d) => d.dep === "nsubj" && word(d.governor) === "met" && word(d.dependent) === "Silva",
          ),
        );
        assert.ok(
          deps.some(
            (d) => d.dep === "obj" && word(d.governor) === "met" && word(d.dependent) === "Smith",
          ),
        );

        assert.equal((await post(url, "a".repeat(200_001))).status, 413);
        assert.equal(
          (await post(url, Buffer.from([0x41, 0x20, 0xff, 0xfe, 0xc3, 0x28]))).status,
          400,
        );

        // No punctuation at all: sentences are cut, so the time stays linear in the size.
        const timed = async (chars) => {
          const at = Date.now();
          const response = await post(url, unpunctuated(chars));
          assert.equal(response.status, 200, `${chars} characters without punctuation`);
          return { ms: Date.now() - at, sentences: (await response.json()).sentences };
        };
        const small = await timed(10_000);
        const large = await timed(100_000);
        t.diagnostic(
          `10,000 characters without punctuation in ${small.ms} ms, 100,000 in ${large.ms} ms`,
        );
        assert.ok(large.sentences.length >= 100, `${large.sentences.length} sentences`);
        assert.ok(large.sentences.every((s) => s.tokens.length <= 120));
        assert.ok(
          large.ms < 30 * Math.max(small.ms, 200),
          `100,000 characters took ${large.ms} ms, 10,000 took ${small.ms} ms`,
        );

        // npm run up with LIAISON_NLP_URL: checks the instances, starts none.
        const dead = "http://127.0.0.1:9";
        const some = await ensureNlp({ env: { LIAISON_NLP_URL: `${dead},${url}/` }, ...o });
        assert.deepEqual(some, { urls: [dead, url], down: [dead], local: null });
        await assert.rejects(
          ensureNlp({ env: { LIAISON_NLP_URL: dead }, ...o }),
          /no NLP service answers at http:\/\/127\.0\.0\.1:9 \(LIAISON_NLP_URL\)/,
        );
        const local = await ensureNlp({ env: {}, ...o });
        assert.deepEqual([local.urls, local.local.reused], [[url], true]);

        assert.equal((await killNlp(o)).killed, true);
        assert.equal((await nlpStatus(o)).running, false);
        const third = await explained(() => startNlp(o)); // copes with the pid and ready files left behind
        assert.notEqual(third.pid, first.pid);
        assert.ok(third.rssBytes < 2 * 2 ** 30, `${third.rssBytes} bytes resident`);

        const stopped = await stopNlp(o);
        assert.deepEqual([stopped.wasRunning, stopped.killed], [true, false]);
        assert.equal((await nlpStatus(o)).running, false);
        assert.equal(existsSync(path.join(dataDir, "nlp.ready")), false);
      } finally {
        await stopNlp({ dataDir });
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  test("a port held by another program is refused, naming the port and the variable", async () => {
    const port = await freePort();
    const dataDir = itDataDir();
    const server = net.createServer();
    await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      await assert.rejects(startNlp({ port, dataDir }), (error) => {
        assert.ok(error instanceof NlpProcessError);
        assert.match(error.message, new RegExp(`port ${port} on 127.0.0.1 is already in use`));
        assert.match(error.message, /LIAISON_NLP_PORT/);
        return true;
      });
      assert.equal((await nlpStatus({ port, dataDir })).running, false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
