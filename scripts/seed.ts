// Prepares a database for Liaison: applies the schema and loads the project's sample articles
// (data/corpus/articles) through the intake path, so the demo graph is what `npm run ingest` makes.
// `--reset` first empties the database (the test run uses it on its own test database).
// Deterministic: one transaction in file order; a second run finds every article in and changes nothing.
import path from "node:path";
import { readArticles } from "@/lib/corpus/read-articles";
import { ExtractorUnavailableError, loadExtractor } from "@/lib/eval/run-extractor";
import { extractItems } from "@/lib/ingest/extract-items";
import { ingestStream } from "@/lib/ingest/ingest-stream";
import { formatSummary } from "@/lib/ingest/summary";
import { graphCounts } from "@/lib/ingest/counts";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { applySchema } from "@/lib/neo4j/schema";

const SAMPLE_ARTICLES = path.join(process.cwd(), "data", "corpus", "articles");

// Small transactions: a document node carries many relationships, and one transaction must fit
// the server's memory limit (db.memory.transaction.max).
async function resetDatabase(): Promise<void> {
  const session = getDriver().session({ database: databaseName() });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS");
  } finally {
    await session.close();
  }
}

async function loadSamples(): Promise<void> {
  let extract;
  try {
    extract = await loadExtractor();
  } catch (error) {
    if (!(error instanceof ExtractorUnavailableError)) throw error;
    console.warn(`[liaison] sample articles NOT loaded: ${error.message}`);
    return;
  }
  // One batch, one writer: the same articles always meet the graph in the same order.
  const summary = await ingestStream(extractItems(readArticles(SAMPLE_ARTICLES), extract), {
    batchSize: 1000,
    concurrency: 1,
  });
  for (const line of formatSummary(summary)) console.log(`[liaison] ${line}`);
  const counts = await graphCounts();
  console.log(
    `[liaison] graph: ${counts.entities} entities, ${counts.relations} relations, ${counts.documents} documents, ${counts.evidence} evidence`,
  );
  if (summary.documents.failed > 0)
    throw new Error(`${summary.documents.failed} sample article(s) failed`);
}

async function main(): Promise<void> {
  if (process.argv.includes("--reset")) await resetDatabase();
  const { statements } = await applySchema();
  console.log(`[liaison] schema applied (${statements} statements)`);
  await loadSamples();
}

main()
  .catch((error: unknown) => {
    console.error(
      `[liaison] seeding failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
