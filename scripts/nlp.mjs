#!/usr/bin/env node
// Liaison's NLP service (Stanford CoreNLP): `npm run nlp -- start|stop|status`.
// Options come from the environment:
//   LIAISON_NLP_PORT (9010)  LIAISON_NLP_HEAP (1200m)  LIAISON_NLP_TIMEOUT_MS (30000, per document)
//   LIAISON_NLP_DATA (.data/nlp, relative to the repository root: pid, ready file and log)
// Exit codes: 0 ok (status: running and ready), 1 failure, 2 usage, 3 status: not running or not ready.
import {
  formatMb,
  nlpLog,
  NlpProcessError,
  nlpStatus,
  startNlp,
  stopNlp,
} from "./lib/nlp-process.mjs";

const log = (message) => process.stdout.write(`[nlp] ${message}\n`);

const commands = {
  async start() {
    const { pid, url, reused, readyMs, rssBytes } = await startNlp({ log });
    if (reused)
      log(`reused the running NLP service (pid ${pid}, ${formatMb(rssBytes)} resident): ${url}`);
    else
      log(
        `started (pid ${pid}, ready in ${(readyMs / 1000).toFixed(1)} s, ${formatMb(rssBytes)} resident); stop it with: npm run nlp -- stop`,
      );
    return 0;
  },

  async stop() {
    const { wasRunning } = await stopNlp({ log });
    if (!wasRunning) log("not running");
    return 0;
  },

  async status() {
    const s = await nlpStatus();
    if (!s.running) {
      log(`not running (data ${s.dataDir})`);
      return 3;
    }
    log(
      `running, ${s.ready ? "ready" : "starting (not answering /ready yet)"}: pid ${s.pid}, ${s.url}, ` +
        `${formatMb(s.rssBytes)} resident, log ${nlpLog(s.dataDir)}`,
    );
    return s.ready ? 0 : 3;
  },
};

const command = process.argv[2];
if (!Object.hasOwn(commands, command)) {
  process.stderr.write("usage: npm run nlp -- start|stop|status\n");
  process.exit(2);
}
try {
  process.exit(await commands[command]());
} catch (error) {
  process.stderr.write(`[nlp] ${command} failed: ${error.message}\n`);
  if (error instanceof NlpProcessError) {
    if (error.logTail)
      process.stderr.write(`---- log tail ----\n${error.logTail}\n------------------\n`);
  } else {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
}
