import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the real CLI through tsx, as `npm run eval` does. Invented fixtures only.
const run = promisify(execFile);
const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");

async function evalCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ["scripts/eval.ts", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
const gold = () => join(dir, "gold.jsonl");
const pred = () => join(dir, "pred.jsonl");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "liaison-eval-cli-"));
  const goldLine = {
    id: "g1",
    text: "Dax Morrow, envoy of Oranje, met Ilse Varnhold.",
    entities: [
      { name: "Dax Morrow", type: "Person", aliases: ["Morrow"] },
      { name: "Ilse Varnhold", type: "Person", aliases: [] },
      { name: "Oranje", type: "Country", aliases: [] },
    ],
    relations: [
      { type: "met_with", subject: "Dax Morrow", object: "Ilse Varnhold" },
      { type: "envoy_of", subject: "Dax Morrow", object: "Oranje" },
    ],
  };
  const predLine = {
    id: "g1",
    entities: [
      { name: "Morrow", type: "Person", aliases: [] },
      { name: "Ilse Varnhold", type: "Person", aliases: [] },
      { name: "Oranje", type: "Country", aliases: [] },
    ],
    relations: [
      { type: "met_with", subject: "Ilse Varnhold", object: "Morrow" },
      { type: "leads", subject: "Ilse Varnhold", object: "Oranje" },
    ],
  };
  await writeFile(gold(), JSON.stringify(goldLine) + "\n");
  await writeFile(pred(), JSON.stringify(predLine) + "\n");
  await writeFile(join(dir, "bad.jsonl"), JSON.stringify(goldLine) + "\n{oops\n");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run eval", () => {
  it("prints a table per type, micro averages and documents", async () => {
    const { code, stdout } = await evalCli(gold(), "--pred", pred());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\*met_with\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(stdout).toMatch(/^\*envoy_of\s+0\s+0\s+1\s+–\s+0\.000\s+0\.000$/m);
    expect(stdout).toMatch(/^ leads\s+0\s+1\s+0\s+0\.000\s+–\s+0\.000$/m);
    expect(stdout).toMatch(/^core \(micro\)\s+1\s+0\s+1\s+1\.000\s+0\.500\s+0\.667$/m);
    expect(stdout).toMatch(/^g1\s+0\.667\s+1\s+1\s+1\s/m);
    expect(stdout).toContain("negatives predicted: 0");
  }, 20_000);

  it("prints the whole score as JSON with --json", async () => {
    const { code, stdout } = await evalCli(gold(), "--pred", pred(), "--json");
    expect(code).toBe(0);
    const score = JSON.parse(stdout);
    expect(score.all).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(score.documents[0].falseNegatives).toEqual([
      { type: "envoy_of", subject: "Dax Morrow", object: "Oranje" },
    ]);
  }, 20_000);

  it("runs the extractor itself without --pred", async () => {
    const { code, stdout } = await evalCli(gold(), "--json");
    expect(code).toBe(0);
    const score = JSON.parse(stdout);
    expect(score.documents.map((d: { id: string }) => d.id)).toEqual(["g1"]);
    expect(score.all.tp + score.all.fn).toBe(2);
  }, 20_000);

  it("names the file and line of a malformed gold line, exit 2", async () => {
    const { code, stderr } = await evalCli(join(dir, "bad.jsonl"), "--pred", pred());
    expect(code).toBe(2);
    expect(stderr).toMatch(/bad\.jsonl:2: malformed JSON/);
  }, 20_000);

  it("says which file is missing, exit 2", async () => {
    const { code, stderr } = await evalCli(join(dir, "none.jsonl"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/none\.jsonl: no such file or folder/);
  }, 20_000);
});
