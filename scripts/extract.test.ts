import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { predictionLine } from "@/lib/eval/formats";

// Runs the real CLI (and the real extractor) through tsx, as `npm run extract` does.
const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");

function extractCli(
  args: string[],
  stdin = "",
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["scripts/extract.ts", ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "liaison-extract-cli-"));
  await writeFile(
    join(dir, "story.txt"),
    "Title: Talks in Lindau\nDate: 2025-03-01\n\nPresident Ilse Varnhold met Dax Morrow in Lindau on Monday.",
  );
  await writeFile(join(dir, "binary.txt"), Buffer.from([0x41, 0x00, 0x42]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run extract", () => {
  it("--jsonl prints one prediction line per document and nothing else on stdout", async () => {
    const input = [
      JSON.stringify({ id: "a", text: "Ilse Varnhold met Dax Morrow in Lindau on Monday." }),
      "{broken",
      JSON.stringify({ id: "b", text: "" }),
    ].join("\n");
    const { code, stdout, stderr } = await extractCli(["--jsonl", "-"], input);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.map((line) => predictionLine.parse(JSON.parse(line)).id)).toEqual(["a", "b"]);
    expect(stderr).toMatch(/^stdin:2: malformed JSON/m);
    expect(code).toBe(1);
  }, 30_000);

  it("prints a readable summary of a text file, and reports a binary one", async () => {
    const { code, stdout, stderr } = await extractCli([dir]);
    expect(stdout).toMatch(/^■ story · Talks in Lindau$/m);
    expect(stdout).toMatch(/^1 document, /m);
    expect(stderr).toMatch(/binary\.txt: binary data/);
    expect(code).toBe(1);
  }, 30_000);

  it("reads empty input as no articles, with nothing on stdout", async () => {
    const { code, stdout, stderr } = await extractCli(["--jsonl", "-"], "");
    expect({ code, stdout }).toEqual({ code: 0, stdout: "" });
    expect(stderr).toMatch(/no articles in -/);
  }, 30_000);

  it("names a missing input and exits 2, printing nothing on stdout", async () => {
    const { code, stdout, stderr } = await extractCli(["--jsonl", "no/such/file.jsonl"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/no\/such\/file\.jsonl: no such file or folder/);
  }, 30_000);

  it("shows usage for no arguments and exits 2", async () => {
    const { code, stderr } = await extractCli([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: npm run extract/);
  }, 30_000);
});
