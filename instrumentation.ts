// Runs once when the server starts: a bad configuration stops start-up naming the variable, and
// the schema (constraints, indexes) is applied so any Neo4j the app is pointed at is ready.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { config } = await import("@/lib/config");
  config();
  const { applySchema } = await import("@/lib/neo4j/schema");
  applySchema().catch((error: unknown) => {
    console.warn(`[liaison] schema not applied at start (will work once Neo4j is reachable): ${String(error)}`);
  });
}
