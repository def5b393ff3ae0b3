import { AppError } from "@/lib/errors";

/** Deeper JSON than this is no request Liaison takes; refusing it keeps recursion bounded everywhere after. */
export const MAX_JSON_DEPTH = 64;

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    "too_large",
    `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`,
  );
}

/**
 * The body's bytes, counted while they arrive: a declared Content-Length over the cap is refused
 * before reading, and a body without one (chunked) is cut as soon as it passes the cap, so an
 * endless upload costs at most `maxBytes` of memory.
 */
export async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** How deep arrays and objects nest in a JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** A JSON request body: at most `maxBytes`, UTF-8, nested at most MAX_JSON_DEPTH deep. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readBytes(request, maxBytes);
  if (bytes.byteLength === 0) throw new AppError("bad_request", "The request body is empty.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not UTF-8 text.");
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new AppError(
      "bad_request",
      `The request body nests deeper than ${MAX_JSON_DEPTH} levels.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}
