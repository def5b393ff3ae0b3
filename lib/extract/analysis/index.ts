/**
 * The analysis layer: CoreNLP's JSON (validated with zod at the boundary) turned into objects the
 * relation rules walk: sentences of tokens, each token with its lemma, part of speech, NER tag and
 * its enhanced++ dependency edges in both directions. Pure; the service client is lib/nlp.
 */
import { z } from "zod";

/** One token as CoreNLP's JSON gives it (its stock server and ours give the same fields). */
const coreToken = z.object({
  index: z.number().int().positive(),
  word: z.string(),
  originalText: z.string().optional(),
  characterOffsetBegin: z.number().int().nonnegative(),
  characterOffsetEnd: z.number().int().nonnegative(),
  pos: z.string(),
  lemma: z.string().optional(),
  ner: z.string().optional(),
});

const coreEdge = z.object({
  dep: z.string(),
  governor: z.number().int().nonnegative(),
  dependent: z.number().int().positive(),
});

const coreSentence = z.object({
  index: z.number().int().nonnegative(),
  tokens: z.array(coreToken),
  enhancedPlusPlusDependencies: z.array(coreEdge).optional(),
  basicDependencies: z.array(coreEdge).optional(),
});

/** CoreNLP's JSON output, as much of it as Liaison reads. */
export const coreNlpDocument = z.object({ sentences: z.array(coreSentence) });
export type CoreNlpDocument = z.infer<typeof coreNlpDocument>;

export interface Edge {
  /** Universal Dependencies relation with its enhanced++ case marker: "nsubj", "obl:with", "conj:and". */
  rel: string;
  token: Token;
}

export interface Token {
  /** 0-based within the sentence. */
  i: number;
  word: string;
  lemma: string;
  /** Lower-case lemma, what rules compare. */
  key: string;
  pos: string;
  ner: string;
  /** Offsets in the analysed text. */
  start: number;
  end: number;
  /** Edges to this token's governors and dependents. */
  heads: Edge[];
  deps: Edge[];
  sentence: AnalysedSentence;
}

export interface AnalysedSentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
}

export interface Analysis {
  sentences: AnalysedSentence[];
}

/** Builds the object graph of one analysed text; `offset` shifts every character offset. */
export function toAnalysis(doc: CoreNlpDocument, offset = 0): Analysis {
  const sentences = doc.sentences.map((s, index): AnalysedSentence => {
    const sentence: AnalysedSentence = { index, start: 0, end: 0, tokens: [] };
    sentence.tokens = s.tokens.map((t, i) => {
      const lemma = t.lemma ?? t.word;
      return {
        i,
        word: t.word,
        lemma,
        key: lemma.toLowerCase(),
        pos: t.pos,
        ner: t.ner ?? "O",
        start: t.characterOffsetBegin + offset,
        end: t.characterOffsetEnd + offset,
        heads: [],
        deps: [],
        sentence,
      };
    });
    const edges = s.enhancedPlusPlusDependencies ?? s.basicDependencies ?? [];
    for (const e of edges) {
      if (e.governor === 0) continue;
      const gov = sentence.tokens[e.governor - 1];
      const dep = sentence.tokens[e.dependent - 1];
      if (!gov || !dep || gov === dep) continue;
      gov.deps.push({ rel: e.dep, token: dep });
      dep.heads.push({ rel: e.dep, token: gov });
    }
    sentence.start = sentence.tokens[0]?.start ?? offset;
    sentence.end = sentence.tokens.at(-1)?.end ?? offset;
    return sentence;
  });
  sentences.forEach((s, i) => (s.index = i));
  return { sentences };
}

/** Several analyses of consecutive pieces of one text, as one. */
export function joinAnalyses(parts: Analysis[]): Analysis {
  const sentences = parts.flatMap((p) => p.sentences);
  sentences.forEach((s, i) => (s.index = i));
  return { sentences };
}

/** Dependents of t by relation: exact ("nsubj") or a prefix with colon ("obl:" matches obl:with). */
export function depsOf(t: Token, ...rels: string[]): Token[] {
  return t.deps.filter((e) => rels.some((r) => matchRel(e.rel, r))).map((e) => e.token);
}

export function headsOf(t: Token, ...rels: string[]): Token[] {
  return t.heads.filter((e) => rels.some((r) => matchRel(e.rel, r))).map((e) => e.token);
}

/**
 * "obl:" matches any obl with a marker; "obl:with" only that one; a bare "obl" matches obl and its
 * marked variants ("obl:with", "obl:in") but not the subtypes that mean something else
 * ("nsubj:pass" is no "nsubj", "nmod:poss" no "nmod").
 */
export function matchRel(rel: string, pattern: string): boolean {
  if (pattern.endsWith(":")) return rel.startsWith(pattern);
  if (pattern.includes(":")) return rel === pattern;
  return rel === pattern || (rel.startsWith(pattern + ":") && !SUBTYPED.has(rel));
}

/** Subtypes that are a different relation for the rules, not a marked variant of the same one. */
const SUBTYPED = new Set([
  "nsubj:pass",
  "nmod:poss",
  "obl:agent",
  "csubj:pass",
  "aux:pass",
  "compound:prt",
  "nmod:tmod",
  "obl:tmod",
  "nmod:npmod",
  "obl:npmod",
]);
