import { z } from "zod";
import { defineQuery } from "@/lib/neo4j/query";

/** The snapshot queries (cypher/snapshots/*.cypher) with their parameters and row shapes. */
const text = z.string().nullable();

export const evidenceQuery = defineQuery({
  file: "snapshots/evidence.cypher",
  mode: "READ",
  params: z.object({ relationIds: z.array(z.string()), perEdge: z.number().int().min(1) }),
  row: z.object({
    relations: z.array(z.tuple([z.string(), z.array(z.tuple([z.string(), text, z.string()]))])),
    documents: z.array(z.tuple([z.string(), text, text, text])),
  }),
});

export const createQuery = defineQuery({
  file: "snapshots/create.cypher",
  mode: "WRITE",
  params: z.object({
    idHash: z.string(),
    deleteTokenHash: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    formatVersion: z.number().int(),
    bytes: z.number().int(),
    summary: z.string(),
    body: z.string(),
    sealedWith: z.string(),
  }),
  row: z.object({ idHash: z.string() }),
});

export const quotaQuery = defineQuery({
  file: "snapshots/quota.cypher",
  mode: "READ",
  params: z.object({}),
  row: z.object({ usedBytes: z.number(), stored: z.number().int() }),
});

const byIdHash = z.object({ idHash: z.string() });

export const readQuery = defineQuery({
  file: "snapshots/read.cypher",
  mode: "READ",
  params: byIdHash,
  row: z.object({ body: text, expiresAtMs: z.number().nullable(), deletedAt: text }),
});

export const stateQuery = defineQuery({
  file: "snapshots/state.cypher",
  mode: "READ",
  params: byIdHash,
  row: z.object({ expiresAtMs: z.number().nullable(), deletedAt: text }),
});

export const summaryQuery = defineQuery({
  file: "snapshots/summary.cypher",
  mode: "READ",
  params: byIdHash,
  row: z.object({
    summary: text,
    createdAt: text,
    expiresAtMs: z.number().nullable(),
    deletedAt: text,
  }),
});

export const tokenHashQuery = defineQuery({
  file: "snapshots/token-hash.cypher",
  mode: "READ",
  params: byIdHash,
  row: z.object({ deleteTokenHash: text, deletedAt: text }),
});

export const deleteQuery = defineQuery({
  file: "snapshots/delete.cypher",
  mode: "WRITE",
  params: byIdHash,
  row: byIdHash,
});

export const purgeExpiredQuery = defineQuery({
  file: "snapshots/purge-expired.cypher",
  mode: "WRITE",
  params: z.object({ idHash: z.string(), now: z.number().int() }),
  row: byIdHash,
});

export const purgeAllExpiredQuery = defineQuery({
  file: "snapshots/purge-all-expired.cypher",
  mode: "WRITE",
  params: z.object({ now: z.number().int(), batch: z.number().int().min(1) }),
  row: z.object({ purged: z.number().int() }),
});

export const legacyQuery = defineQuery({
  file: "snapshots/legacy.cypher",
  mode: "READ",
  params: z.object({ batch: z.number().int().min(1) }),
  row: z.object({
    id: z.string(),
    body: text,
    bodyEncoding: text,
    title: text,
    description: text,
    nodeCount: z.number().int().nullable(),
    edgeCount: z.number().int().nullable(),
  }),
});

export const sealLegacyQuery = defineQuery({
  file: "snapshots/seal-legacy.cypher",
  mode: "WRITE",
  params: z.object({
    rows: z.array(
      z.object({
        id: z.string(),
        idHash: z.string(),
        summary: z.string().nullable(),
        body: z.string().nullable(),
        bytes: z.number().int(),
        sealedWith: z.string(),
      }),
    ),
  }),
  row: z.object({ sealed: z.number().int() }),
});
