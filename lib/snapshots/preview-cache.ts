import { hashSnapshotId } from "./sealed";

/**
 * Rendered Open Graph images, per snapshot: drawing one costs up to 2 s of CPU, and a snapshot is
 * frozen, so its picture never changes. Least recently used first out, bounded by count and bytes;
 * keyed by the id's hash, so the process keeps no link ids. A deleted or expired snapshot is
 * forgotten (and the image route checks its state before answering from here).
 */
export const PREVIEW_CACHE_ENTRIES = 200;
export const PREVIEW_CACHE_BYTES = 64 * 1024 * 1024;

export interface CachedPreview {
  body: ArrayBuffer;
  contentType: string;
}

const holder = globalThis as { __liaisonPreviews?: Map<string, CachedPreview> };
const cache = (holder.__liaisonPreviews ??= new Map());
let bytes = 0;

export function cachedPreview(id: string): CachedPreview | undefined {
  const key = hashSnapshotId(id);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-inserted: most recently used last
    cache.set(key, hit);
  }
  return hit;
}

export function rememberPreview(id: string, preview: CachedPreview): void {
  if (preview.body.byteLength > PREVIEW_CACHE_BYTES / 4) return;
  forgetPreview(id);
  cache.set(hashSnapshotId(id), preview);
  bytes += preview.body.byteLength;
  for (const [key, old] of cache) {
    if (cache.size <= PREVIEW_CACHE_ENTRIES && bytes <= PREVIEW_CACHE_BYTES) break;
    cache.delete(key);
    bytes -= old.body.byteLength;
  }
}

export function forgetPreview(id: string): void {
  const key = hashSnapshotId(id);
  const old = cache.get(key);
  if (!old) return;
  cache.delete(key);
  bytes -= old.body.byteLength;
}
