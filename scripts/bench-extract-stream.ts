/**
 * Peak memory while streaming a big JSON Lines input through the extractor CLI: writes a generated
 * corpus of about --mb MB ({id, text, publishedAt} per line, articles from bench-extract.ts) to a
 * temporary file, runs `scripts/extract.ts --jsonl FILE` (what `npm run -s extract -- --jsonl`
 * runs) with stdout to /dev/null, and prints the child's peak RSS (VmHWM from /proc, polled) and
 * its throughput. Target: peak RSS ≤ 300 MB for 100 MB of input.
 *
 *   npx tsx scripts/bench-extract-stream.ts [--mb 100]
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus } from "./bench-extract";

async function writeJsonl(file: string, targetBytes: number): Promise<number> {
  const docs = buildCorpus(1024 * 1024);
  const out = createWriteStream(file);
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const line =
      JSON.stringify({ id: `doc-${n}`, text: docs[n % docs.length], publishedAt: "2025-03-14" }) +
      "\n";
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

/** Peak resident set of a live process in kB (VmHWM), or 0 once it has gone. */
async function peakKb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { mb: { type: "string", default: "100" } } });
  const dir = await mkdtemp(join(tmpdir(), "liaison-bench-stream-"));
  const file = join(dir, "corpus.jsonl");
  try {
    const bytes = await writeJsonl(file, Number(values.mb) * 1024 * 1024);
    const started = performance.now();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/extract.ts", "--jsonl", file],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let peak = 0;
    const timer = setInterval(
      () => void peakKb(child.pid!).then((kb) => (peak = Math.max(peak, kb))),
      100,
    );
    const [code] = (await once(child, "exit")) as [number | null];
    clearInterval(timer);
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`extract exited with ${code}: ${stderr.slice(-500)}`);
    const size = (await stat(file)).size;
    console.log(
      `input: ${(size / 1024 / 1024).toFixed(1)} MB JSONL (${(bytes / 1024 / 1024).toFixed(1)} MB written)`,
    );
    console.log(
      `extract --jsonl: ${seconds.toFixed(1)} s wall, ${(size / 1024 / seconds).toFixed(0)} KB/s; ${stderr.trim().split("\n").pop()}`,
    );
    console.log(
      `peak RSS of the extract process: ${(peak / 1024).toFixed(0)} MB (target ≤ 300 MB)`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
