import { z } from "zod";

const settingsSchema = z.object({
  /** Longest a console query may run, in milliseconds (server transaction timeout and our own stop). */
  LIAISON_CONSOLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /** Most rows a console query returns; the rest are never fetched. */
  LIAISON_CONSOLE_ROW_CAP: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Most console queries one app process runs at once; more are turned away (503) to keep the app responsive. */
  LIAISON_CONSOLE_MAX_RUNNING: z.coerce.number().int().min(1).max(1_000).default(4),
  /** Largest answer a console query may send back, in MB (on the wire, and as JSON); reading stops beyond it. */
  LIAISON_CONSOLE_MAX_ANSWER_MB: z.coerce.number().min(0.01).max(1_000).default(4),
});

export interface ConsoleLimits {
  timeoutMs: number;
  rowCap: number;
  maxRunning: number;
  maxAnswerBytes: number;
}

let cached: ConsoleLimits | undefined;

/** The console's limits from the environment, validated once; a bad value names itself. */
export function consoleLimits(
  env: Record<string, string | undefined> = process.env,
): ConsoleLimits {
  if (cached && env === process.env) return cached;
  const result = settingsSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid console configuration:\n${lines.join("\n")}`);
  }
  const limits = {
    timeoutMs: result.data.LIAISON_CONSOLE_TIMEOUT_MS,
    rowCap: result.data.LIAISON_CONSOLE_ROW_CAP,
    maxRunning: result.data.LIAISON_CONSOLE_MAX_RUNNING,
    maxAnswerBytes: Math.round(result.data.LIAISON_CONSOLE_MAX_ANSWER_MB * 1024 * 1024),
  };
  if (env === process.env) cached = limits;
  return limits;
}
