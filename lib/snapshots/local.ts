import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type Snapshot,
  type SnapshotDraft,
  snapshotDraft,
} from "./envelope";

/** A draft as a full envelope without a server (explorer exports): no id, no evidence yet. */
export function draftToSnapshot(draft: SnapshotDraft, now = new Date()): Snapshot {
  const d = snapshotDraft.parse(draft);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    id: null,
    createdAt: now.toISOString(),
    ...d,
  };
}
