import { readdirSync } from "node:fs";
import path from "node:path";
import { cypherRoot, readCypher } from "./query";
import { databaseName, getDriver } from "./driver";
import { toAppError } from "./db-errors";

/** The statements of every cypher/schema/*.cypher file, in file order; `;` ends a statement. */
export function schemaStatements(): string[] {
  const dir = path.join(/*turbopackIgnore: true*/ cypherRoot(), "schema");
  const files = readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort();
  return files.flatMap((file) =>
    readCypher(`schema/${file}`)
      .split(/;\s*(?:\n|$)/)
      .map((statement) => statement.replace(/^\s*\/\/.*$/gm, "").trim())
      .filter(Boolean),
  );
}

/**
 * Creates the constraints and indexes the app relies on. Every statement says IF NOT EXISTS, so
 * this is safe to run on every start; it then waits for the indexes to come online.
 */
export async function applySchema(): Promise<{ statements: number }> {
  const statements = schemaStatements();
  const session = getDriver().session({ database: databaseName() });
  try {
    // Schema commands cannot share a transaction with each other; each runs on its own.
    for (const statement of statements) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
    return { statements: statements.length };
  } catch (error) {
    throw toAppError(error);
  } finally {
    await session.close();
  }
}
