import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PreparedDocument } from "@/lib/ingest/plan";
import { writeBatch } from "@/lib/ingest/write-batch";
import { entityType } from "@/lib/schema/entity-types";
import type { Extraction } from "@/lib/schema/extraction";
import { entityId } from "@/lib/schema/ids";
import { relationType } from "@/lib/schema/relations";

/**
 * A development and test fixture: the project's hand-annotated sample articles
 * (data/corpus/gold.jsonl) written to Neo4j through lib/ingest, as if a perfect extractor had
 * read them. It gives the explorer real documents, evidence and mentions before (and
 * independently of) the extractor.
 */
const goldArticle = z.object({
  id: z.string(),
  title: z.string(),
  publishedAt: z.string(),
  source: z.string(),
  text: z.string(),
  entities: z.array(z.object({ name: z.string(), type: entityType, aliases: z.array(z.string()) })),
  relations: z.array(
    z.object({ type: relationType, subject: z.string(), object: z.string(), evidence: z.string() }),
  ),
});
type GoldArticle = z.infer<typeof goldArticle>;

export const SAMPLE_EXTRACTOR_VERSION = "gold-fixture-1";

function spansOf(text: string, needle: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    out.push({ start: at, end: at + needle.length, text: needle });
  }
  return out;
}

/** Gold annotations → the Extraction a perfect extractor would return. */
export function goldToPrepared(article: GoldArticle): PreparedDocument {
  const ids = new Map(article.entities.map((e) => [e.name, entityId(e.type, e.name)]));
  const entities = article.entities.map((e) => ({
    id: ids.get(e.name)!,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    roles: [],
    mentions: [e.name, ...e.aliases].flatMap((n) => spansOf(article.text, n)),
  }));
  const relations = article.relations.flatMap((r) => {
    const subject = ids.get(r.subject);
    const object = ids.get(r.object);
    const start = article.text.indexOf(r.evidence);
    if (!subject || !object || start < 0) return [];
    return [
      {
        type: r.type,
        subject,
        object,
        confidence: 1,
        evidence: { sentence: r.evidence, start, end: start + r.evidence.length },
      },
    ];
  });
  const extraction: Extraction = {
    extractorVersion: SAMPLE_EXTRACTOR_VERSION,
    document: {
      title: article.title,
      publishedAt: article.publishedAt,
      length: article.text.length,
    },
    entities,
    relations,
  };
  return {
    text: article.text,
    meta: { title: article.title, publishedAt: article.publishedAt, source: article.source },
    extraction,
  };
}

export function readGoldArticles(
  file = path.join(process.cwd(), "data/corpus/gold.jsonl"),
): GoldArticle[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => goldArticle.parse(JSON.parse(line)));
}

/** Writes the sample articles; documents already in the graph are left as they are. */
export async function loadSampleGraph(): Promise<{ created: number; unchanged: number }> {
  const result = await writeBatch(readGoldArticles().map(goldToPrepared), { merges: new Map() });
  return { created: result.created.length, unchanged: result.unchanged.length };
}
