import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

/**
 * Snapshots at rest: Neo4j holds nothing that a reader without the link could use. The link id
 * (128 random bits) is stored only as its SHA-256, and every part of a snapshot that says what it
 * shows (title, note, elements, evidence, counts) is sealed with AES-256-GCM under a key derived
 * from the id with HKDF-SHA256. So the console, a backup or anyone who reads the database sees
 * ciphertext, and only a request that brings the id can open it. The sealed value is bound to its
 * id hash (GCM additional data), so it cannot be moved onto another snapshot.
 */

export const SEAL_SCHEME = "aes-256-gcm+hkdf-sha256/v1";
const SALT = Buffer.from("liaison snapshot v1", "utf8");
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What the database stores instead of the link id: hex SHA-256 (one-way; the id has 128 random bits). */
export function hashSnapshotId(id: string): string {
  return createHash("sha256").update(`liaison-snapshot:${id}`, "utf8").digest("hex");
}

function keyFor(id: string, purpose: "body" | "summary"): Buffer {
  return Buffer.from(hkdfSync("sha256", Buffer.from(id, "utf8"), SALT, `snapshot ${purpose}`, 32));
}

/** Seals bytes for one snapshot: base64 of IV, tag and ciphertext. */
export function seal(id: string, purpose: "body" | "summary", plain: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(id, purpose), iv);
  cipher.setAAD(Buffer.from(hashSnapshotId(id), "utf8"));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

/** Opens what `seal` sealed with the same id and purpose; throws when anything does not match. */
export function unseal(id: string, purpose: "body" | "summary", sealed: string): Buffer {
  const bytes = Buffer.from(sealed, "base64");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error("sealed snapshot value is truncated");
  const decipher = createDecipheriv(
    "aes-256-gcm",
    keyFor(id, purpose),
    bytes.subarray(0, IV_BYTES),
  );
  decipher.setAAD(Buffer.from(hashSnapshotId(id), "utf8"));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}
