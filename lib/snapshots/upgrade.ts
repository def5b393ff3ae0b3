import { z } from "zod";
import { AppError } from "@/lib/errors";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotEnvelope, type Snapshot } from "./envelope";
import { registryStyle } from "./style";

/**
 * Version 0: the prototype's saved view, a Cytoscape element dump without format, style or
 * evidence: `{v: 0, title, created, zoom, pan, elements: [{group, data, position}]}`.
 */
const v0Element = z.object({
  group: z.enum(["nodes", "edges"]),
  data: z.record(z.string(), z.unknown()),
  position: z.object({ x: z.number(), y: z.number() }).optional(),
});
const v0 = z.object({
  v: z.literal(0),
  title: z.string().default("Untitled view"),
  created: z.string(),
  zoom: z.number().positive(),
  pan: z.object({ x: z.number(), y: z.number() }),
  elements: z.array(v0Element),
});

// Kept here rather than imported from lib/http/route so this module stays browser-safe.
function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

const str = (value: unknown, fallback = ""): string =>
  typeof value === "string" ? value : fallback;
const int = (value: unknown): number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;

function upgradeV0(old: z.infer<typeof v0>): unknown {
  const nodes = old.elements.filter((e) => e.group === "nodes");
  const edges = old.elements.filter((e) => e.group === "edges");
  return {
    format: SNAPSHOT_FORMAT,
    version: 1,
    id: null,
    createdAt: new Date(old.created).toISOString(),
    title: old.title,
    note: "",
    expiresAt: null,
    query: {},
    viewport: { zoom: old.zoom, pan: old.pan },
    style: registryStyle(),
    nodes: nodes.map((n) => ({
      id: str(n.data.id),
      label: str(n.data.label, str(n.data.id)),
      type: str(n.data.type, "Person"),
      degree: int(n.data.degree),
      aliases: Array.isArray(n.data.aliases)
        ? n.data.aliases.filter((a) => typeof a === "string")
        : [],
      position: n.position ?? { x: 0, y: 0 },
    })),
    edges: edges.map((e) => ({
      id: str(e.data.id),
      source: str(e.data.source),
      target: str(e.data.target),
      type: str(e.data.type),
      evidenceCount: int(e.data.evidenceCount),
      evidence: [],
    })),
  };
}

/** The version a stored or uploaded snapshot declares: `version` since v1, `v` before. */
function declaredVersion(raw: unknown): number | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const record = raw as Record<string, unknown>;
  if (record.format === SNAPSHOT_FORMAT && typeof record.version === "number")
    return record.version;
  if (typeof record.v === "number") return record.v;
  return undefined;
}

/**
 * Reads a snapshot of any known version: upgrades it step by step to the current one, then
 * validates it. Throws AppError("bad_request") with the zod issues when it is not a snapshot.
 */
export function parseSnapshot(raw: unknown): Snapshot {
  const version = declaredVersion(raw);
  if (version === undefined) {
    throw new AppError(
      "bad_request",
      `Not a Liaison snapshot (expected "format": "${SNAPSHOT_FORMAT}").`,
    );
  }
  if (version > SNAPSHOT_VERSION) {
    throw new AppError(
      "bad_request",
      `This snapshot has format version ${version}; this Liaison reads up to ${SNAPSHOT_VERSION}.`,
    );
  }
  let current = raw;
  if (version === 0) {
    const old = v0.safeParse(raw);
    if (!old.success)
      throw new AppError("bad_request", "Invalid version 0 snapshot.", {
        issues: zodIssues(old.error),
      });
    current = upgradeV0(old.data);
  }
  const parsed = snapshotEnvelope.safeParse(current);
  if (!parsed.success)
    throw new AppError("bad_request", "Invalid snapshot.", { issues: zodIssues(parsed.error) });
  return parsed.data;
}
