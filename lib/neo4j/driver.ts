import neo4j, { type Driver } from "neo4j-driver";
import { config } from "@/lib/config";

interface DriverHolder {
  driver?: Driver;
  key?: string;
}

// Kept on globalThis so that dev-mode hot reloads reuse one driver instead of leaking pools.
const holder = ((globalThis as { __liaisonNeo4j?: DriverHolder }).__liaisonNeo4j ??= {});

/** How long a failing transaction is retried (the driver's managed ones, and runQuery's reads). */
export const MAX_RETRY_MS = 5_000;

/** The one driver of this process, created on first use from the validated configuration. */
export function getDriver(): Driver {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = config();
  const key = `${NEO4J_URI}|${NEO4J_USER}`;
  if (holder.driver && holder.key === key) return holder.driver;
  holder.driver = neo4j.driver(NEO4J_URI, neo4j.auth.basic(NEO4J_USER, NEO4J_PASSWORD), {
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Retries ride out a leader switch in a cluster; short enough that a down database answers 503 quickly.
    maxTransactionRetryTime: MAX_RETRY_MS,
    userAgent: "liaison/0.1",
  });
  holder.key = key;
  return holder.driver;
}

export function databaseName(): string {
  return config().NEO4J_DATABASE;
}

/** Closes the process driver (scripts and tests call this before exiting). */
export async function closeDriver(): Promise<void> {
  const driver = holder.driver;
  holder.driver = undefined;
  holder.key = undefined;
  await driver?.close();
}
