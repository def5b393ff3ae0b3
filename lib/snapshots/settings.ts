import { z } from "zod";

const settingsSchema = z.object({
  /** Most space all stored snapshots may take together, in MB (sealed); a new one beyond it gets 413. */
  LIAISON_SNAPSHOT_QUOTA_MB: z.coerce.number().min(1).max(1_000_000).default(1_024),
  /** How often the content of expired snapshots is purged, in seconds. */
  LIAISON_SNAPSHOT_PURGE_INTERVAL_S: z.coerce.number().int().min(10).max(86_400).default(3_600),
});

export interface SnapshotSettings {
  quotaBytes: number;
  purgeIntervalMs: number;
}

let cached: SnapshotSettings | undefined;

/** The snapshot settings from the environment, validated once; a bad value names itself. */
export function snapshotSettings(
  env: Record<string, string | undefined> = process.env,
): SnapshotSettings {
  if (cached && env === process.env) return cached;
  const result = settingsSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid snapshot configuration:\n${lines.join("\n")}`);
  }
  const settings = {
    quotaBytes: Math.round(result.data.LIAISON_SNAPSHOT_QUOTA_MB * 1024 * 1024),
    purgeIntervalMs: result.data.LIAISON_SNAPSHOT_PURGE_INTERVAL_S * 1000,
  };
  if (env === process.env) cached = settings;
  return settings;
}
