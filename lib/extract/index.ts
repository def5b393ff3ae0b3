/**
 * Liaison's extractor: article text in, entities and evidence-backed relations out.
 * A pipeline of pure stages: normalise → sentences → entities → names resolved → relations.
 */
import {
  articleInput,
  extraction,
  type ArticleInput,
  type ExtractedEntity,
  type ExtractedRelation,
  type Extraction,
} from "@/lib/schema/extraction";
import { entityId } from "@/lib/schema/ids";
import { parsePublished, sentenceDate } from "./dates";
import { buildDocument } from "./document";
import { normalizeText, toOriginal } from "./normalize";
import type { Analysis } from "./analysis";
import { relateDependencies, resolveWithParse, vetoByParse } from "./deps";
import { nerSpans } from "./deps/ner-mentions";
import { relate } from "./relate";
import { splitSentences } from "./sentences";

export const EXTRACTOR_VERSION = "liaison-rules-0.1.0";

/**
 * Extract entities and relations from one article. Pure, synchronous and deterministic.
 * Control characters (NUL included) and lone surrogates are replaced by spaces, so any string is
 * accepted; the only error is an input that is not an article (text not a string), reported as
 * an Error whose message starts with "extractArticle:".
 */
export function extractArticle(input: ArticleInput, analysis?: Analysis): Extraction {
  const parsed = articleInput.safeParse(input);
  if (!parsed.success)
    throw new Error(
      `extractArticle: invalid input: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  const raw = parsed.data.text;
  const norm = normalizeText(raw);
  const doc = buildDocument(
    norm.text,
    splitSentences(norm.text),
    analysis ? nerSpans(analysis) : [],
  );
  if (analysis) resolveWithParse(doc, analysis);
  const candidates = analysis
    ? [...vetoByParse(doc, analysis, relate(doc)), ...relateDependencies(doc, analysis)]
    : relate(doc);
  const published = parsePublished(parsed.data.publishedAt);

  const related = new Set(candidates.flatMap((c) => [c.subject, c.object]));
  const ids = new Map<number, string>();
  const byId = new Map<string, ExtractedEntity>();
  doc.entities.forEach((e, i) => {
    const mentions = e.mentions.map(([si, mi]) => {
      const m = doc.sentences[si]!.mentions[mi]!;
      const span = toOriginal(norm, m.start, m.end);
      return { start: span.start, end: span.end, text: raw.slice(span.start, span.end) };
    });
    const used = mentions.length > 0 || related.has(i);
    if (!used) return;
    const id = entityId(e.type, e.name);
    ids.set(i, id);
    const existing = byId.get(id);
    const aliases = e.surfaces.filter((a) => a !== e.name);
    if (existing) {
      for (const a of aliases)
        if (!existing.aliases.includes(a) && a !== existing.name) existing.aliases.push(a);
      for (const r of e.roles.map(displayRole))
        if (!existing.roles.includes(r)) existing.roles.push(r);
      for (const m of mentions) existing.mentions.push(m);
      return;
    }
    byId.set(id, {
      id,
      name: e.name,
      type: e.type,
      aliases,
      roles: [...new Set(e.roles.map(displayRole))],
      mentions,
    });
  });

  const seen = new Set<string>();
  const relations: ExtractedRelation[] = [];
  for (const c of candidates) {
    const subject = ids.get(c.subject);
    const object = ids.get(c.object);
    if (!subject || !object || subject === object) continue;
    const key = `${c.type}|${subject}|${object}|${c.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = doc.sentences[c.sentence]!;
    const span = toOriginal(norm, s.start, s.end);
    const date = sentenceDate(s.lower, published);
    relations.push({
      type: c.type,
      subject,
      object,
      confidence: Math.round(c.confidence * 100) / 100,
      evidence: { sentence: raw.slice(span.start, span.end), start: span.start, end: span.end },
      ...(c.role ? { role: displayRole(c.role) } : {}),
      ...(date ? { date } : {}),
      ...(c.crossSentence ? { crossSentence: true } : {}),
    });
  }

  return {
    extractorVersion: EXTRACTOR_VERSION,
    document: {
      ...(parsed.data.id !== undefined ? { id: parsed.data.id } : {}),
      ...(parsed.data.title !== undefined ? { title: parsed.data.title } : {}),
      ...(parsed.data.publishedAt !== undefined ? { publishedAt: parsed.data.publishedAt } : {}),
      length: raw.length,
    },
    entities: [...byId.values()],
    relations,
  };
}

/** The text the NLP service must analyse for `extractArticle(input, analysis)`: the normalised text. */
export function analysisText(input: ArticleInput): string {
  return normalizeText(typeof input?.text === "string" ? input.text : "").text;
}

/** The extractor as every caller holds it: one article in, its extraction out. */
export type ExtractFn = (input: ArticleInput) => Promise<Extraction>;

/** An NLP front end: the analysis of a text (lib/nlp's client, or recorded analyses in tests). */
export type Analyser = (text: string) => Promise<Analysis>;

/** The whole extractor: the NLP service's analysis of the normalised text, then the rules. */
export async function extractWith(analyse: Analyser, input: ArticleInput): Promise<Extraction> {
  return extractArticle(input, await analyse(analysisText(input)));
}

/** The same, validated against the Extraction schema (for callers at a trust boundary). */
export function extractArticleChecked(input: ArticleInput): Extraction {
  return extraction.parse(extractArticle(input));
}

/**
 * A role as people write it. Roles are kept without their "of" while extracting ("secretary state"
 * is the key the title tables use); the output puts it back.
 */
export function displayRole(role: string): string {
  return role
    .replace(/\b(secretary|chief|head) (state|staff)$/, "$1 of $2")
    .replace(/^lt gen$/, "lieutenant general");
}
