import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InputError } from "./files";
import { parseJsonLine, readAllJsonLines, readJsonLines } from "./jsonl";

const schema = z.object({ id: z.string() });

describe("parseJsonLine", () => {
  it("parses and validates", () => {
    expect(parseJsonLine('{"id":"a","x":1}', 3, schema)).toEqual({
      ok: true,
      line: 3,
      value: { id: "a" },
    });
  });

  it("names the problem: JSON, schema or binary", () => {
    expect(parseJsonLine("{", 1, schema)).toMatchObject({
      ok: false,
      line: 1,
      error: /malformed JSON/,
    });
    expect(parseJsonLine('{"id":2}', 2, schema)).toMatchObject({ ok: false, error: /^id: / });
    expect(parseJsonLine('{"id":"\u0000"}', 4, schema)).toMatchObject({
      ok: false,
      error: /binary/,
    });
  });
});

describe("parseJsonLine on arbitrary text", () => {
  it("never throws and always says ok or why not", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const result = parseJsonLine(text, 1, schema);
        expect(result.ok || result.error.length > 0).toBe(true);
      }),
    );
  });
});

describe("readJsonLines", () => {
  it("streams lines across chunk boundaries, counting blank lines", async () => {
    const results = [];
    for await (const r of readJsonLines(Readable.from(['{"id":', '"a"}\n\n{"id":"b"}']), schema))
      results.push(r);
    expect(results).toEqual([
      { ok: true, line: 1, value: { id: "a" } },
      { ok: true, line: 3, value: { id: "b" } },
    ]);
  });
});

describe("readAllJsonLines", () => {
  it("throws an InputError naming file and line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "liaison-jsonl-"));
    const file = join(dir, "x.jsonl");
    await writeFile(file, '{"id":"a"}\n{"id":\n');
    const error = await readAllJsonLines(file, schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/x\.jsonl:2: malformed JSON/);
    await rm(dir, { recursive: true });
  });
});
