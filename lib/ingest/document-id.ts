import { createHash } from "node:crypto";

/**
 * The text a document's identity is computed from: Unicode NFC, line ends unified, every run of
 * whitespace one space, no leading or trailing space. So the same article pasted twice, or
 * re-saved with other line ends, is one document.
 */
export function normaliseText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** `doc:` + the first 32 hex characters of sha256 of the normalised text (graph model, TEAM.md). */
export function documentId(text: string): string {
  return `doc:${sha256Hex(normaliseText(text)).slice(0, 32)}`;
}

/** Evidence identity: one per (document, relation, sentence span), stable across re-runs. */
export function evidenceId(
  documentId: string,
  relationId: string,
  start: number,
  end: number,
): string {
  return `ev:${sha256Hex(`${documentId}|${relationId}|${start}|${end}`).slice(0, 32)}`;
}

function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
