import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// Runs the real CLI through tsx, as `npm run extract` does.
const run = promisify(execFile);
const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");

async function extractCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ["scripts/extract.ts", ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run extract", () => {
  it("names a missing input and exits 2, printing nothing on stdout", async () => {
    const { code, stdout, stderr } = await extractCli("--jsonl", "no/such/file.jsonl");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/no\/such\/file\.jsonl: no such file or folder/);
  }, 20_000);

  it("shows usage for no arguments and exits 2", async () => {
    const { code, stderr } = await extractCli();
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: npm run extract/);
  }, 20_000);
});
