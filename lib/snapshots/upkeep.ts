import { gunzipSync } from "node:zlib";
import { runQuery } from "@/lib/neo4j/query";
import { describeSnapshot } from "./describe";
import { legacyQuery, purgeAllExpiredQuery, sealLegacyQuery } from "./queries";
import { hashSnapshotId, SEAL_SCHEME } from "./sealed";
import { sealBody, sealSummary } from "./sealed-values";
import { snapshotSettings } from "./settings";
import { parseSnapshot } from "./upgrade";

const BATCH = 50;
const LEGACY_GZIP = "gzip+base64";

/**
 * Seals every snapshot still stored in the clear (before sealing existed): hashes its id, seals its
 * summary and envelope, removes the plain values. Idempotent: sealed snapshots have no plain id and
 * are never read again. Answers how many were sealed.
 */
export async function sealLegacySnapshots(): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await runQuery(legacyQuery, { batch: BATCH });
    if (!rows.length) return total;
    const sealed = rows.map((row) => {
      const json =
        row.body === null
          ? null
          : row.bodyEncoding === LEGACY_GZIP
            ? gunzipSync(Buffer.from(row.body, "base64")).toString("utf8")
            : row.body;
      const summary = json === null ? null : legacySummary(json, row);
      const body = json === null ? null : sealBody(row.id, json);
      return {
        id: row.id,
        idHash: hashSnapshotId(row.id),
        summary: summary === null ? null : sealSummary(row.id, summary),
        body,
        bytes: body?.length ?? 0,
        sealedWith: SEAL_SCHEME,
      };
    });
    const [result] = await runQuery(sealLegacyQuery, { rows: sealed });
    total += result?.sealed ?? 0;
  }
}

function legacySummary(
  json: string,
  row: {
    title: string | null;
    description: string | null;
    nodeCount: number | null;
    edgeCount: number | null;
  },
) {
  try {
    const snapshot = parseSnapshot(JSON.parse(json));
    return {
      title: snapshot.title,
      description: describeSnapshot(snapshot).description,
      nodeCount: snapshot.nodes.length,
      edgeCount: snapshot.edges.length,
    };
  } catch {
    return {
      title: row.title ?? "Untitled snapshot",
      description: row.description ?? "",
      nodeCount: row.nodeCount ?? 0,
      edgeCount: row.edgeCount ?? 0,
    };
  }
}

/** Drops the content of every expired snapshot (tombstones stay, so links answer 410). Answers how many. */
export async function purgeExpiredSnapshots(now = Date.now()): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await runQuery(purgeAllExpiredQuery, { now, batch: 500 });
    total += row?.purged ?? 0;
    if (!row || row.purged < 500) return total;
  }
}

const holder = globalThis as {
  __liaisonSnapshotsReady?: Promise<void>;
  __liaisonSnapshotPurge?: NodeJS.Timeout;
};

/**
 * Settles once this process has sealed any snapshot left in the clear. Every snapshot read and
 * write waits for it, so no request sees a half-migrated store; a failure (Neo4j down) is retried
 * on the next call.
 */
export function snapshotsReady(): Promise<void> {
  holder.__liaisonSnapshotsReady ??= sealLegacySnapshots().then(
    (sealed) => {
      if (sealed) console.log(`[liaison] sealed ${sealed} snapshot(s) stored before sealing`);
    },
    (error: unknown) => {
      holder.__liaisonSnapshotsReady = undefined;
      throw error;
    },
  );
  return holder.__liaisonSnapshotsReady;
}

/** At start-up: seal legacy snapshots, then purge expired ones now and every purge interval. */
export function startSnapshotUpkeep(): void {
  if (holder.__liaisonSnapshotPurge) return;
  const purge = () =>
    snapshotsReady()
      .then(() => purgeExpiredSnapshots())
      .then((purged) => purged && console.log(`[liaison] purged ${purged} expired snapshot(s)`))
      .catch((error: unknown) =>
        console.warn(`[liaison] snapshot upkeep failed (retried later): ${String(error)}`),
      );
  void purge();
  holder.__liaisonSnapshotPurge = setInterval(purge, snapshotSettings().purgeIntervalMs);
  holder.__liaisonSnapshotPurge.unref();
}
