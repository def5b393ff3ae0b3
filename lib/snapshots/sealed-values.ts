import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { seal, unseal } from "./sealed";

/** What the viewer page shows without the envelope; sealed beside it. */
export const sealedSummary = z.object({
  title: z.string(),
  description: z.string(),
  nodeCount: z.number().int(),
  edgeCount: z.number().int(),
});
export type SealedSummary = z.infer<typeof sealedSummary>;

/** The envelope JSON, gzip-compressed (5-8 times smaller, which Neo4j writes and reads faster), then sealed. */
export function sealBody(id: string, json: string): string {
  return seal(id, "body", gzipSync(json, { level: 1 }));
}

export function unsealBody(id: string, sealed: string): string {
  return gunzipSync(unseal(id, "body", sealed)).toString("utf8");
}

export function sealSummary(id: string, summary: SealedSummary): string {
  return seal(id, "summary", Buffer.from(JSON.stringify(summary), "utf8"));
}

export function unsealSummary(id: string, sealed: string): SealedSummary {
  return sealedSummary.parse(JSON.parse(unseal(id, "summary", sealed).toString("utf8")));
}
