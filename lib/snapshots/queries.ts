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
    id: z.string(),
    deleteTokenHash: z.string(),
    title: z.string(),
    description: z.string(),
    nodeCount: z.number().int(),
    edgeCount: z.number().int(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    formatVersion: z.number().int(),
    elementCount: z.number().int(),
    bytes: z.number().int(),
    body: z.string(),
    bodyEncoding: z.string(),
  }),
  row: z.object({ id: z.string() }),
});

export const readQuery = defineQuery({
  file: "snapshots/read.cypher",
  mode: "READ",
  params: z.object({ id: z.string() }),
  row: z.object({
    body: z.string().nullable(),
    bodyEncoding: z.string().nullable(),
    expiresAtMs: z.number().nullable(),
    deletedAt: z.string().nullable(),
  }),
});

export const stateQuery = defineQuery({
  file: "snapshots/state.cypher",
  mode: "READ",
  params: z.object({ id: z.string() }),
  row: z.object({ expiresAtMs: z.number().nullable(), deletedAt: z.string().nullable() }),
});

export const summaryQuery = defineQuery({
  file: "snapshots/summary.cypher",
  mode: "READ",
  params: z.object({ id: z.string() }),
  row: z.object({
    title: z.string().nullable(),
    description: z.string().nullable(),
    nodeCount: z.number().int().nullable(),
    edgeCount: z.number().int().nullable(),
    createdAt: z.string().nullable(),
    expiresAtMs: z.number().nullable(),
    deletedAt: z.string().nullable(),
  }),
});

export const tokenHashQuery = defineQuery({
  file: "snapshots/token-hash.cypher",
  mode: "READ",
  params: z.object({ id: z.string() }),
  row: z.object({ deleteTokenHash: z.string().nullable(), deletedAt: z.string().nullable() }),
});

export const deleteQuery = defineQuery({
  file: "snapshots/delete.cypher",
  mode: "WRITE",
  params: z.object({ id: z.string() }),
  row: z.object({ id: z.string() }),
});

export const purgeExpiredQuery = defineQuery({
  file: "snapshots/purge-expired.cypher",
  mode: "WRITE",
  params: z.object({ id: z.string(), now: z.number().int() }),
  row: z.object({ id: z.string() }),
});
