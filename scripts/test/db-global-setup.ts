// Runs once before the database tests: the database must answer (a test that cannot reach it
// fails, it never skips) and carry the schema.
import { closeDriver, getDriver } from "@/lib/neo4j/driver";
import { applySchema } from "@/lib/neo4j/schema";

export default async function setup(): Promise<void> {
  const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
  try {
    await getDriver().verifyConnectivity();
  } catch (error) {
    throw new Error(
      `Database tests need a running Neo4j at ${uri} (npm test starts one): ${String(error)}`,
    );
  }
  await applySchema();
  await closeDriver();
}
