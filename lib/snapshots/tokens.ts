import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Snapshot ids: 128 random bits, base64url (22 characters). */
export function newSnapshotId(): string {
  return randomBytes(16).toString("base64url");
}

/** Delete tokens: 256 random bits, base64url; only their sha256 is stored. */
export function newDeleteToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** Shape of an id this server could have issued; anything else is unknown without a lookup. */
export const SNAPSHOT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
