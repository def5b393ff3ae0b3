// Runs once when the server starts: a bad configuration stops start-up naming the variable, the
// log says who may write, and the schema (constraints, indexes) is applied so any Neo4j the app is pointed at is ready.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("@/lib/config");
  const { describeWriteAccess, writeAccess } = await import("@/lib/http/write-access");
  const settings = config();
  const log = writeAccess(settings) === "closed" ? console.warn : console.log;
  log(`[liaison] ${describeWriteAccess(settings)}`);
  const { applySchema } = await import("@/lib/neo4j/schema");
  const { startSnapshotUpkeep } = await import("@/lib/snapshots/upkeep");
  applySchema()
    .catch((error: unknown) => {
      console.warn(
        `[liaison] schema not applied at start (will work once Neo4j is reachable): ${String(error)}`,
      );
    })
    // Then snapshots stored in the clear are sealed, and expired ones purged on a schedule.
    .finally(startSnapshotUpkeep);
}
