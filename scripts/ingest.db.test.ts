import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCounts } from "@/lib/ingest/counts";
import { documentId } from "@/lib/ingest/document-id";
import { deleteDocument } from "@/lib/ingest/documents";
import { closeDriver } from "@/lib/neo4j/driver";

// Runs the real CLI through tsx, as `npm run ingest` does, against the test database.
const run = promisify(execFile);
const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const stamp = Date.now().toString(36);
const GOOD = `Special envoy Dax Morrow${stamp} met Foreign Minister Ilse Varnhold${stamp} in Riyadh on Monday.`;

async function ingestCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ["scripts/ingest.ts", ...args], { env: process.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "liaison-ingest-cli-"));
  await writeFile(
    join(dir, "a-good.txt"),
    `Title: Good ${stamp}\nDate: 2025-04-01\nSource: tests\n\n${GOOD}`,
  );
  await writeFile(
    join(dir, "b-bad-date.txt"),
    `Title: Bad\nDate: April 1st\n\nSomething happened.`,
  );
});

afterAll(async () => {
  await deleteDocument(documentId(GOOD)).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  await closeDriver();
});

describe("npm run ingest (real Neo4j)", () => {
  it("loads the good documents, names the failed one, exits 1; a rerun skips what is in", async () => {
    const before = await graphCounts();
    const first = await ingestCli(dir);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("documents: 1 new, 0 unchanged, 1 failed");
    expect(first.stdout).toMatch(
      /failed documents:\n\s+.*b-bad-date\.txt: Date header must be YYYY-MM-DD/,
    );
    expect(first.stderr).toMatch(/2\/2 100%.*docs\/s/);
    expect((await graphCounts()).documents).toBe(before.documents + 1);

    const second = await ingestCli(join(dir, "a-good.txt"));
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("documents: 0 new, 1 unchanged, 0 failed");
    expect(second.stdout).toContain("added: 0 entities, 0 relations, 0 evidence sentences");
  }, 120_000);

  it("exits 2 with a message for a missing input", async () => {
    const result = await ingestCli(join(dir, "nope"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no such file or folder/);
  }, 60_000);
});
