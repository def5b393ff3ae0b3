import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { z } from "zod";
import { InputError } from "./files";

/**
 * Streams a JSON Lines file one line at a time (inputs may be hundreds of megabytes), parsing
 * and validating each line. Malformed lines are yielded as errors instead of thrown, so each
 * caller chooses: the scorer stops at the first, the extractor reports and goes on.
 */

export type JsonLine<T> =
  { ok: true; line: number; value: T } | { ok: false; line: number; error: string };

/** Opens a path for streaming, or stdin for "-". */
export function openInput(path: string): Readable {
  return path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
}

/** Lines with their 1-based numbers; blank lines are skipped (but still counted) unless kept. */
export async function* readLines(
  input: Readable,
  options: { keepBlank?: boolean } = {},
): AsyncGenerator<{ line: number; text: string }> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (options.keepBlank || text.trim() !== "") yield { line, text };
  }
}

export async function* readJsonLines<S extends z.ZodType>(
  input: Readable,
  schema: S,
): AsyncGenerator<JsonLine<z.output<S>>> {
  for await (const { line, text } of readLines(input)) {
    yield parseJsonLine(text, line, schema);
  }
}

export function parseJsonLine<S extends z.ZodType>(
  text: string,
  line: number,
  schema: S,
): JsonLine<z.output<S>> {
  if (text.includes("\u0000"))
    return { ok: false, line, error: "binary data (NUL byte), not JSON Lines" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, line, error: `malformed JSON: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, line, error: describeIssues(parsed.error) };
  return { ok: true, line, value: parsed.data };
}

/** zod issues as one short line: `entities.0.type: Invalid option …; id: Required`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(line)"}: ${issue.message}`)
    .join("; ");
}

/** Reads a whole (small) JSON Lines file, throwing InputError at the first bad line. */
export async function readAllJsonLines<S extends z.ZodType>(
  path: string,
  schema: S,
): Promise<z.output<S>[]> {
  const values: z.output<S>[] = [];
  for await (const result of readJsonLines(openInput(path), schema)) {
    if (!result.ok) throw new InputError(path, result.line, result.error);
    values.push(result.value);
  }
  return values;
}
