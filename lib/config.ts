import { z } from "zod";

/** Neo4j URI schemes the JavaScript driver accepts: direct (bolt) or routed (neo4j), with TLS variants. */
const neo4jUri = z
  .string()
  .trim()
  .regex(
    /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+(\/.*)?$/,
    "must look like bolt://host:7687, neo4j://host or neo4j+s://host (Aura)",
  );

const envSchema = z.object({
  NEO4J_URI: neo4jUri.default("bolt://127.0.0.1:7687"),
  NEO4J_USER: z.string().trim().min(1, "must not be empty").default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1, "must not be empty").default("liaison-local"),
  NEO4J_DATABASE: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9.\-]{2,62}$/, "must be a Neo4j database name such as neo4j")
    .default("neo4j"),
  /** When set, writes (document intake, merges, deletes) need it as a bearer token. */
  LIAISON_ADMIN_TOKEN: z
    .string()
    .min(16, "must be at least 16 characters when set")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The address the app listens on; beyond loopback without a token, writes are closed. */
  LIAISON_HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
  /** Where people reach the app (https://liaison.example.org): snapshot links and an allowed host. */
  LIAISON_PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: "must be an http(s) URL such as https://liaison.example.org",
    })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Host names (comma-separated, optional :port) requests may name; loopback and the public URL's by default. */
  LIAISON_ALLOWED_HOSTS: z
    .string()
    .trim()
    .regex(
      /^(\*|[A-Za-z0-9.\-:\[\]]+)(\s*,\s*(\*|[A-Za-z0-9.\-:\[\]]+))*$/,
      "must be host names separated by commas, or *",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** 1 opens writes without a token even when listening beyond loopback. */
  LIAISON_OPEN_WRITES: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(["0", "1"], { error: "must be 0 or 1" }).optional(),
  ),
  /** Explorer reads in Neo4j at once from this process; the rest queue here (lib/neo4j/query.ts). */
  LIAISON_READ_CONCURRENCY: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(1000, "must be at most 1000")
      .optional(),
  ),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates an environment; the message names every bad variable and why. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = envSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
}

let cached: Config | undefined;

/** The process configuration, read from the environment once. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
