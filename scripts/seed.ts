// Prepares a database for Liaison: applies the schema and loads the project's sample articles.
// `--reset` first empties the database (the test run uses it on its own test database).
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { applySchema } from "@/lib/neo4j/schema";

async function resetDatabase(): Promise<void> {
  const session = getDriver().session({ database: databaseName() });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  if (process.argv.includes("--reset")) await resetDatabase();
  const { statements } = await applySchema();
  console.log(`[liaison] schema applied (${statements} statements)`);
}

main()
  .catch((error: unknown) => {
    console.error(`[liaison] seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
