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
  quotaQuery,
  readQuery,
  stateQuery,
  summaryQuery,
  tokenHashQuery,
} from "./queries";
import { forgetPreview } from "./preview-cache";
import { hashSnapshotId, SEAL_SCHEME } from "./sealed";
import { sealBody, sealSummary, unsealBody, unsealSummary } from "./sealed-values";
import { snapshotSettings, type SnapshotSettings } from "./settings";
import { snapshotsReady } from "./upkeep";
import {
  hashToken,
  newDeleteToken,
  newSnapshotId,
  SNAPSHOT_ID_PATTERN,
  tokenMatches,
} from "./tokens";
import { parseSnapshot } from "./upgrade";

type SnapshotDraftParsed = z.infer<typeof snapshotDraft>;

const EXCERPT_CHARS = 1000;

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

async function evidenceFor(
  relationIds: string[],
  tx: ManagedTransaction,
): Promise<Map<string, EvidenceExcerpt[]>> {
  if (!relationIds.length) return new Map();
  const [row] = await runQuery(
    evidenceQuery,
    { relationIds, perEdge: MAX_EVIDENCE_PER_EDGE },
    { tx },
  );
  if (!row) return new Map();
  const documents = new Map(
    row.documents.map(([id, title, source, publishedAt]) => [id, { title, source, publishedAt }]),
  );
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
    throw new AppError(
      "too_large",
      `A snapshot holds at most ${MAX_SNAPSHOT_ELEMENTS} elements; this one has ${count}.`,
    );
  }
  const parsed = snapshotDraft.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 20)
      .map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new AppError("bad_request", "Invalid snapshot.", { issues });
  }
  if (parsed.data.expiresAt && Date.parse(parsed.data.expiresAt) <= now.getTime()) {
    throw new AppError("bad_request", "The expiry must be in the future.", {
      issues: [{ path: "expiresAt", message: "in the past" }],
    });
  }
  return parsed.data;
}

function storageFull(usedBytes: number, quotaBytes: number): AppError {
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return new AppError(
    "too_large",
    `Snapshot storage is full (${mb(usedBytes)} MB of ${mb(quotaBytes)} MB used), so this snapshot was not stored. Delete snapshots you no longer need, or wait for some to expire.`,
  );
}

/**
 * Freezes a view: validates the draft, copies the evidence excerpts of its edges from the graph,
 * and stores the envelope sealed (lib/snapshots/sealed.ts) under a fresh id, with the hash of a
 * fresh delete token, in one transaction; 413 when the snapshots' quota would be exceeded.
 */
export async function createSnapshot(
  body: unknown,
  origin: string,
  now = new Date(),
  { quotaBytes }: Pick<SnapshotSettings, "quotaBytes"> = snapshotSettings(),
): Promise<CreatedSnapshot> {
  const draft = validateDraft(body, now);
  await snapshotsReady();
  const id = newSnapshotId();
  const deleteToken = newDeleteToken();
  await withTransaction("WRITE", async (tx) => {
    const evidence = await evidenceFor(
      draft.edges.map((e) => e.id),
      tx,
    );
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      id,
      createdAt: now.toISOString(),
      ...draft,
      edges: draft.edges.map((e) => ({ ...e, evidence: evidence.get(e.id) ?? [] })),
    };
    const sealedBody = sealBody(id, JSON.stringify(snapshot));
    const [quota] = await runQuery(quotaQuery, {}, { tx });
    const usedBytes = quota?.usedBytes ?? 0;
    if (usedBytes + sealedBody.length > quotaBytes) throw storageFull(usedBytes, quotaBytes);
    const summary = {
      title: draft.title,
      description: describeSnapshot(snapshot).description,
      nodeCount: snapshot.nodes.length,
      edgeCount: snapshot.edges.length,
    };
    await runQuery(
      createQuery,
      {
        idHash: hashSnapshotId(id),
        deleteTokenHash: hashToken(deleteToken),
        createdAt: snapshot.createdAt,
        expiresAt: draft.expiresAt,
        formatVersion: SNAPSHOT_VERSION,
        bytes: sealedBody.length,
        summary: sealSummary(id, summary),
        body: sealedBody,
        sealedWith: SEAL_SCHEME,
      },
      { tx },
    );
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
  return new AppError(
    "gone",
    `This snapshot expired on ${new Date(expiresAtMs).toUTCString().replace("GMT", "UTC")}.`,
  );
}

/**
 * A snapshot as the viewer and the API read it: 404 when unknown, 410 when deleted or expired
 * (an expired one's content is dropped at that moment), upgraded and validated otherwise.
 */
export async function readSnapshot(id: string, now = Date.now()): Promise<Snapshot> {
  if (!SNAPSHOT_ID_PATTERN.test(id)) throw notFound();
  await snapshotsReady();
  const idHash = hashSnapshotId(id);
  const [row] = await runQuery(readQuery, { idHash });
  if (!row) throw notFound();
  if (row.deletedAt) throw deletedError();
  if (row.expiresAtMs !== null && row.expiresAtMs <= now) {
    if (row.body !== null) await runQuery(purgeExpiredQuery, { idHash, now });
    forgetPreview(id);
    throw expiredError(row.expiresAtMs);
  }
  if (row.body === null) throw new AppError("gone", "This snapshot is no longer available.");
  return parseSnapshot(JSON.parse(unsealBody(id, row.body)));
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
  await snapshotsReady();
  const [row] = await runQuery(summaryQuery, { idHash: hashSnapshotId(id) });
  if (!row) throw notFound();
  if (row.deletedAt) throw deletedError();
  if (row.expiresAtMs !== null && row.expiresAtMs <= now) throw expiredError(row.expiresAtMs);
  if (row.summary === null) throw new AppError("gone", "This snapshot is no longer available.");
  const summary = unsealSummary(id, row.summary);
  return {
    id,
    ...summary,
    createdAt: row.createdAt ?? "",
    expiresAt: row.expiresAtMs === null ? null : new Date(row.expiresAtMs).toISOString(),
  };
}

/** Why a snapshot link leads nowhere, or null when it can be shown (unknown ids count as "missing"). */
export async function snapshotUnavailable(id: string, now = Date.now()): Promise<AppError | null> {
  if (!SNAPSHOT_ID_PATTERN.test(id)) return notFound();
  await snapshotsReady();
  const [row] = await runQuery(stateQuery, { idHash: hashSnapshotId(id) });
  if (!row) return notFound();
  if (row.deletedAt) return deletedError();
  if (row.expiresAtMs !== null && row.expiresAtMs <= now) return expiredError(row.expiresAtMs);
  return null;
}

/** Deletes a snapshot when the token matches its stored hash: 403 otherwise, 410 if already deleted. */
export async function deleteSnapshot(
  id: string,
  token: string,
): Promise<{ id: string; deleted: true }> {
  if (!SNAPSHOT_ID_PATTERN.test(id)) throw notFound();
  await snapshotsReady();
  const idHash = hashSnapshotId(id);
  const deleted = await withTransaction("WRITE", async (tx) => {
    const [row] = await runQuery(tokenHashQuery, { idHash }, { tx });
    if (!row) throw notFound();
    if (row.deletedAt || !row.deleteTokenHash)
      throw new AppError("gone", "This snapshot was already deleted.");
    if (!tokenMatches(token, row.deleteTokenHash))
      throw new AppError("forbidden", "This delete token does not match the snapshot.");
    await runQuery(deleteQuery, { idHash }, { tx });
    return { id, deleted: true as const };
  });
  forgetPreview(id);
  return deleted;
}
