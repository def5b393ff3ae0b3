import { z } from "zod";

/**
 * The snapshot envelope: a frozen, self-contained view that the viewer draws and explains without
 * the live graph. Typed and versioned like gephi-lite's saved files: `format` names the kind of
 * file, `version` its layout; `readSnapshot` upgrades older versions on read.
 *
 * Relation and entity types are plain strings here (not the registry's enums) on purpose: a
 * snapshot must stay readable after the registry changes; `style` carries the colours it was
 * drawn with.
 */
export const SNAPSHOT_FORMAT = "liaison-snapshot";
export const SNAPSHOT_VERSION = 1;

/** Limits on what one snapshot may hold (413 beyond them). */
export const MAX_SNAPSHOT_BYTES = 5 * 1024 * 1024;
export const MAX_SNAPSHOT_ELEMENTS = 20_000;
export const MAX_EVIDENCE_PER_EDGE = 5;

const finite = z.number().finite();
const text = (max: number) => z.string().max(max);

export const position = z.object({ x: finite, y: finite });

export const snapshotNode = z.object({
  id: text(500).min(1),
  label: text(500),
  type: text(60),
  degree: z.number().int().nonnegative().default(0),
  aliases: z.array(text(500)).max(100).default([]),
  position,
  /** Style classes the explorer had set (focus, pinned, path…), so the look is the same. */
  classes: z.array(text(40)).max(10).default([]),
});

export const evidenceExcerpt = z.object({
  sentence: text(4000),
  date: z.string().nullable().default(null),
  documentId: z.string(),
  documentTitle: z.string().nullable().default(null),
  source: z.string().nullable().default(null),
  publishedAt: z.string().nullable().default(null),
});

export const snapshotEdge = z.object({
  id: text(1200).min(1),
  source: text(500).min(1),
  target: text(500).min(1),
  type: text(60),
  evidenceCount: z.number().int().nonnegative().default(0),
  /** The office of a `leads` line ("secretary of state"), drawn as its label. */
  role: text(200).nullable().optional(),
  /** Distinct sources behind the line when it was shared (drawn lighter when one). */
  sourceCount: z.number().int().nonnegative().nullable().optional(),
  /** Up to MAX_EVIDENCE_PER_EDGE sentences copied from the graph when the snapshot was created. */
  evidence: z.array(evidenceExcerpt).max(MAX_EVIDENCE_PER_EDGE).default([]),
  classes: z.array(text(40)).max(10).default([]),
});

export const viewport = z.object({
  zoom: z.number().positive().finite(),
  pan: position,
  /** Size of the canvas it was shared from, in CSS pixels. */
  width: z.number().positive().finite().optional(),
  height: z.number().positive().finite().optional(),
});

export const snapshotStyle = z.object({
  entities: z.record(z.string(), z.object({ color: z.string(), shape: z.string() })),
  relations: z.record(
    z.string(),
    z.object({ color: z.string(), label: z.string(), symmetric: z.boolean() }),
  ),
});

/** How the person got to this view: the search, the focused entities, a Cypher query, the explorer's filters. */
export const snapshotQuery = z.object({
  search: text(1000).optional(),
  focus: z.array(text(500)).max(500).optional(),
  /** The Cypher query that drew the view, when it came from the console. */
  cypher: text(20_000).optional(),
  filters: z.unknown().optional(),
});

/** What a client sends to create a snapshot: the picture, without the server-assigned parts. */
export const snapshotDraft = z
  .object({
    title: z.string().trim().min(1, "needs a title").max(200),
    note: text(5000).default(""),
    /** ISO date-time after which the link answers 410; omit for no expiry. */
    expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
    query: snapshotQuery.default({}),
    viewport,
    style: snapshotStyle,
    nodes: z.array(snapshotNode),
    edges: z.array(snapshotEdge),
  })
  .superRefine((draft, ctx) => {
    const ids = new Set<string>();
    for (const node of draft.nodes) {
      if (ids.has(node.id))
        ctx.addIssue({ code: "custom", path: ["nodes"], message: `duplicate node id ${node.id}` });
      ids.add(node.id);
    }
    for (const [i, edge] of draft.edges.entries()) {
      if (!ids.has(edge.source) || !ids.has(edge.target)) {
        ctx.addIssue({
          code: "custom",
          path: ["edges", i],
          message: "edge end is not a node of the snapshot",
        });
      }
    }
  });

export const snapshotEnvelope = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  id: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  title: z.string(),
  note: z.string(),
  expiresAt: z.string().nullable(),
  query: snapshotQuery,
  viewport,
  style: snapshotStyle,
  nodes: z.array(snapshotNode),
  edges: z.array(snapshotEdge),
});

export type SnapshotNode = z.infer<typeof snapshotNode>;
export type SnapshotEdge = z.infer<typeof snapshotEdge>;
export type EvidenceExcerpt = z.infer<typeof evidenceExcerpt>;
export type SnapshotStyle = z.infer<typeof snapshotStyle>;
export type SnapshotDraft = z.input<typeof snapshotDraft>;
export type Snapshot = z.infer<typeof snapshotEnvelope>;
