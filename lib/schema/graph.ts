import { z } from "zod";
import { entityType } from "./entity-types";
import { relationType } from "./relations";

/** The domain graph as the API serves it: plain JSON, renderer-agnostic. */
export const graphNode = z.object({
  id: z.string(),
  name: z.string(),
  type: entityType,
  aliases: z.array(z.string()).default([]),
  /** Number of relations the entity has in the whole graph (not only those shown). */
  degree: z.number().int().nonnegative().default(0),
});

export const graphEdge = z.object({
  id: z.string(),
  type: relationType,
  source: z.string(),
  target: z.string(),
  evidenceCount: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1).optional(),
  firstSeen: z.string().nullable().optional(),
  lastSeen: z.string().nullable().optional(),
});

export const graphData = z.object({
  nodes: z.array(graphNode),
  edges: z.array(graphEdge),
});

export type GraphNode = z.infer<typeof graphNode>;
export type GraphEdge = z.infer<typeof graphEdge>;
export type GraphData = z.infer<typeof graphData>;
