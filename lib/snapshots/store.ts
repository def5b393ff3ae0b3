import { gunzipSync, gzipSync } from "node:zlib";
import type { ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { runQuery, withTransaction } from "@/lib/neo4j/query";
import { describeSnapshot } from "./describe";
import {
  MAX_EVIDENCE_PER_EDGE,
  MAX_SNAPSHOT_ELEMENTS,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  snapshotDraft,
  type EvidenceExcerpt,
  type Snapshot,
} from "./envelope";
import {
  createQuery,
  deleteQuery,
  evidenceQuery,
  purgeExpiredQuery,
  readQuery,
  stateQuery,
  summaryQuery,
  tokenHashQuery,
} from "./queries";
import { hashToken, newDeleteToken, newSnapshotId, SNAPSHOT_ID_PATTERN, tokenMatches } from "./tokens";
import { parseSnapshot } from "./upgrade";

type SnapshotDraftParsed = z.infer<typeof snapshotDraft>;

const EXCERPT_CHARS = 1000;

/**
 * The envelope is stored gzip-compressed and base64-encoded: a 2,000-element snapshot with its
 * evidence is about 1 MB of JSON and 5-8 times less compressed, which Neo4j writes and reads
 * faster. Snapshots without `bodyEncoding` hold plain JSON.
 */
const BODY_ENCODING = "gzip+base64";

function encodeBody(json: string): string {
  return gzipSync(json, { level: 1 }).toString("base64");
}

function decodeBody(body: string, encoding: string | null): string {
  return encoding === BODY_ENCODING ? gunzipSync(Buffer.from(body, "base64")).toString("utf8") : body;
}

export interface CreatedSnapshot {
  id: string;
  url: string;
  deleteToken: string;
}

/** Counts elements before validating, so a huge body is refused (413) without parsing it all. */
function countElements(body: unknown): number {
  if (!body || typeof body !== "object") return 0;
  const { nodes, edges } = body as { nodes?: unknown; edges?: unknown };
  return (Array.isArray(nodes) ? nodes.length : 0) + (Array.isArray(edges) ? edges.length : 0);
}

async function evidenceFor(relationIds: string[], tx: ManagedTransaction): Promise<Map<string, EvidenceExcerpt[]>> {
  if (!relationIds.length) return new Map();
  const [row] = await runQuery(evidenceQuery, { relationIds, perEdge: MAX_EVIDENCE_PER_EDGE }, { tx });
  if (!row) return new Map();
  const documents = new Map(row.documents.map(([id, title, source, publishedAt]) => [id, { title, source, publishedAt }]));
  return new Map(
    row.relations.map(([relationId, excerpts]) => [
      relationId,
      excerpts.map(([sentence, date, documentId]) => {
        const doc = documents.get(documentId);
        return {
          sentence: sentence.slice(0, EXCERPT_CHARS),
          date,
          documentId,
          documentTitle: doc?.title ?? null,
          source: doc?.source ?? null,
          publishedAt: doc?.publishedAt ?? null,
        };
      }),
    ]),
  );
}

/** A draft from an untrusted body: 413 beyond the element limit, 400 with the issues when invalid. */
function validateDraft(body: unknown, now: Date): SnapshotDraftParsed {
  const count = countElements(body);
  if (count > MAX_SNAPSHOT_ELEMENTS) {
    throw new AppError("too_large", `A snapshot holds at most ${MAX_SNAPSHOT_ELEMENTS} elements; this one has ${count}.`);
  }
  const parsed = snapshotDraft.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("bad_request", "Invalid snapshot.", { issues });
  }
  if (parsed.data.expiresAt && Date.parse(parsed.data.expiresAt) <= now.getTime()) {
    throw new AppError("bad_request", "The expiry must be in the future.", { issues: [{ path: "expiresAt", message: "in the past" }] });
  }
  return parsed.data;
}

/**
 * Freezes a view: validates the draft, copies the evidence excerpts of its edges from the graph,
 * and stores the envelope with a fresh id and the hash of a fresh delete token, in one
 * transaction (one round of session and commit for both).
 */
export async function createSnapshot(body: unknown, origin: string, now = new Date()): Promise<CreatedSnapshot> {
  const draft = validateDraft(body, now);
  const id = newSnapshotId();
  const deleteToken = newDeleteToken();
  await withTransaction("WRITE", async (tx) => {
    const evidence = await evidenceFor(draft.edges.map((e) => e.id), tx);
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      id,
      createdAt: now.toISOString(),
      ...draft,
      edges: draft.edges.map((e) => ({ ...e, evidence: evidence.get(e.id) ?? [] })),
    };
    const json = JSON.stringify(snapshot);
    const params = {
      id,
      deleteTokenHash: hashToken(deleteToken),
      title: draft.title,
      description: describeSnapshot(snapshot).description,
      nodeCount: snapshot.nodes.length,
      edgeCount: snapshot.edges.length,
      createdAt: snapshot.createdAt,
      expiresAt: draft.expiresAt,
      formatVersion: SNAPSHOT_VERSION,
      elementCount: snapshot.nodes.length + snapshot.edges.length,
      bytes: Buffer.byteLength(json),
      body: encodeBody(json),
      bodyEncoding: BODY_ENCODING,
    } as const;
    await runQuery(createQuery, params, { tx });
  });
  return { id, url: new URL(`/s/${id}`, origin).href, deleteToken };
}

function notFound(): AppError {
  return new AppError("not_found", "There is no snapshot with this id.");
}

function deletedError(): AppError {
  return new AppError("gone", "This snapshot was deleted by its creator.");
}

function expiredError(expiresAtMs: number): AppError {
  return new AppError("gone", `This snapshot expired on ${new Date(expiresAtMs).toUTCString().replace("GMT", "UTC")}.`);
}

/**
 * A snapshot as the viewer and the API read it: 404 when unknown, 410 when deleted or expired
 * (an expired one's content is dropped at that moment), upgraded and validated otherwise.
 */
export async function readSnapshot(id: string, now = Date.now()): Promise<Snapshot> {
  if (!SNAPSHOT_ID_PATTERN.test(id)) throw notFound();
  const [row] = await runQuery(readQuery, { id });
  if (!row) throw notFound();
  if (row.deletedAt) throw deletedError();
  if (row.expiresAtMs !== null && row.expiresAtMs <= now) {
    if (row.body !== null) await runQuery(purgeExpiredQuery, { id, now });
    throw expiredError(row.expiresAtMs);
  }
  if (row.body === null) throw new AppError("gone", "This snapshot is no longer available.");
  return parseSnapshot(JSON.parse(decodeBody(row.body, row.bodyEncoding)));
}

export interface SnapshotSummary {
  id: string;
  title: string;
  description: string;
  nodeCount: number;
  edgeCount: number;
  createdAt: string;
  expiresAt: string | null;
}

/**
 * What the viewer page needs on the server (title, description, counts) without reading the
 * envelope: 404 when unknown, 410 when deleted or expired, like readSnapshot.
 */
export async function readSnapshotSummary(id: string, now = Date.now()): Promise<SnapshotSummary> {
  if (!SNAPSHOT_ID_PATTERN.test(id)) throw notFound();
  const [row] = await runQuery(summaryQuery, { id });
  if (!row) throw notFound();
  if (row.deletedAt) throw deletedError();
  if (row.expiresAtMs !== null && row.expiresAtMs <= now) throw expiredError(row.expiresAtMs);
  return {
    id,
    title: row.title ?? "Untitled snapshot",
    description: row.description ?? "",
    nodeCount: row.nodeCount ?? 0,
    edgeCount: row.edgeCount ?? 0,
    createdAt: row.createdAt ?? "",
    expiresAt: row.expiresAtMs === null ? null : new Date(row.expiresAtMs).toISOString(),
  };
}

/** Why a snapshot link leads nowhere, or null when it can be shown (unknown ids count as "missing"). */
export async function snapshotUnavailable(id: string, now = Date.now()): Promise<AppError | null> {
  if (!SNAPSHOT_ID_PATTERN.test(id)) return notFound();
  const [row] = await runQuery(stateQuery, { id });
  if (!row) return notFound();
  if (row.deletedAt) return deletedError();
  if (row.expiresAtMs !== null && row.expiresAtMs <= now) return expiredError(row.expiresAtMs);
  return null;
}

/** Deletes a snapshot when the token matches its stored hash: 403 otherwise, 410 if already deleted. */
export async function deleteSnapshot(id: string, token: string): Promise<{ id: string; deleted: true }> {
  if (!SNAPSHOT_ID_PATTERN.test(id)) throw notFound();
  return withTransaction("WRITE", async (tx) => {
    const [row] = await runQuery(tokenHashQuery, { id }, { tx });
    if (!row) throw notFound();
    if (row.deletedAt || !row.deleteTokenHash) throw new AppError("gone", "This snapshot was already deleted.");
    if (!tokenMatches(token, row.deleteTokenHash)) throw new AppError("forbidden", "This delete token does not match the snapshot.");
    await runQuery(deleteQuery, { id }, { tx });
    return { id, deleted: true as const };
  });
}
