import type { Json } from "@/lib/neo4j/values";

export type ParsedParams =
  { ok: true; params: Record<string, Json> } | { ok: false; message: string };

/** The parameters panel's text: empty means none; otherwise it must be one JSON object. */
export function parseParamsText(text: string): ParsedParams {
  if (!text.trim()) return { ok: true, params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `Parameters are not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      message: 'Parameters must be one JSON object, such as {"name": "Dmitriev"}.',
    };
  }
  return { ok: true, params: value as Record<string, Json> };
}

/** Pretty JSON for the panel, or empty text when there are none. */
export function paramsToText(params: Record<string, Json>): string {
  return Object.keys(params).length ? JSON.stringify(params, null, 2) : "";
}
