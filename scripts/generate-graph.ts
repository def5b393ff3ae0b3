// Builds a graph in the Neo4j of NEO4J_URI:
//   npx tsx scripts/generate-graph.ts --sample
//       the hand-annotated sample articles (data/corpus/gold.jsonl) through lib/ingest: a small,
//       real graph for development until (and besides) the extractor-driven seed
//   npx tsx scripts/generate-graph.ts [--entities 100000] [--relations 1000000] [--documents 20000] [--reset]
//       a synthetic benchmark graph (lib/graph/generate.ts), written in batched UNWIND transactions
import { parseArgs } from "node:util";
import { z } from "zod";
import { generateEntities, generateRelations, poolsOf } from "@/lib/graph/generate";
import { loadSampleGraph } from "@/lib/graph/sample-graph";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { defineQuery, runQuery } from "@/lib/neo4j/query";
import { applySchema } from "@/lib/neo4j/schema";

const created = z.object({ created: z.number() });
const entitiesQuery = defineQuery({
  file: "graph/generate-entities.cypher",
  mode: "WRITE",
  params: z.object({ rows: z.array(z.any()) }),
  row: created,
});
const documentsQuery = defineQuery({
  file: "graph/generate-documents.cypher",
  mode: "WRITE",
  params: z.object({ rows: z.array(z.any()) }),
  row: created,
});
const relationsQuery = defineQuery({
  file: "graph/generate-relations.cypher",
  mode: "WRITE",
  params: z.object({ rows: z.array(z.any()) }),
  row: created,
});

const BATCH = 10_000;
const REL_BATCH = 5_000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function resetDatabase(): Promise<void> {
  const session = getDriver().session({ database: databaseName() });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS");
  } finally {
    await session.close();
  }
}

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

async function generate(options: {
  entities: number;
  relations: number;
  documents: number;
}): Promise<void> {
  const started = Date.now();
  const entities = generateEntities(options.entities);
  for (const rows of chunks(entities, BATCH)) await runQuery(entitiesQuery, { rows });
  console.log(`[generate] ${entities.length} entities in ${seconds(started)} s`);

  const docs = Array.from({ length: options.documents }, (_, i) => ({
    id: `doc:gen-${i}`,
    title: `Generated report ${i + 1}`,
    publishedAt: new Date(Date.UTC(2023, 0, 1) + (i % 1000) * 86_400_000)
      .toISOString()
      .slice(0, 10),
  }));
  for (const rows of chunks(docs, BATCH)) await runQuery(documentsQuery, { rows });
  console.log(`[generate] ${docs.length} documents in ${seconds(started)} s`);

  let relations = 0;
  let evidence = 0;
  const pools = poolsOf(entities);
  for (const rows of generateRelations(options.relations, pools, options.documents, REL_BATCH)) {
    const [row] = await runQuery(relationsQuery, { rows });
    relations += rows.length;
    evidence += row?.created ?? 0;
    if (relations % 100_000 === 0) {
      const rate = Math.round(relations / ((Date.now() - started) / 1000));
      console.log(
        `[generate] ${relations} relations, ${evidence} evidence, ${seconds(started)} s (${rate}/s)`,
      );
    }
  }
  console.log(
    `[generate] done: ${entities.length} entities, ${relations} relations, ${evidence} evidence in ${seconds(started)} s`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sample: { type: "boolean", default: false },
      reset: { type: "boolean", default: false },
      entities: { type: "string", default: "100000" },
      relations: { type: "string", default: "1000000" },
      documents: { type: "string", default: "20000" },
    },
  });
  if (values.reset) await resetDatabase();
  await applySchema();
  if (values.sample) {
    const result = await loadSampleGraph();
    console.log(
      `[generate] sample articles: ${result.created} written, ${result.unchanged} already in`,
    );
    return;
  }
  await generate({
    entities: Number(values.entities),
    relations: Number(values.relations),
    documents: Number(values.documents),
  });
}

main()
  .catch((error: unknown) => {
    console.error(`[generate] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
