/**
 * The parse as a check on the surface rules: a relation the sentence patterns found is dropped when
 * the predicate joining its two entities in the parse is not asserted (negated, modal, future,
 * planned, conditional: factuality.ts), or, for met_with, is remote ("held talks ... remotely").
 * The joining predicate is the lowest common governor of the two entities' tokens.
 */
import type { AnalysedSentence, Token } from "../analysis";
import type { Candidate } from "../context";
import type { Bridge } from "./bridge";
import { isAsserted } from "./factuality";
import { UNREAL_WORDS } from "../gazetteer/titles";
import { remote } from "./met-with";

const CHECKED = new Set(["met_with", "visited"]);
const SANCTION_WORDS = new Set([
  "sanction",
  "sanctions",
  "blacklist",
  "designate",
  "impose",
  "measure",
  "restriction",
  "freeze",
  "ban",
  "embargo",
  "penalty",
  "designation",
  "list",
]);

/**
 * A surface sanctioned_by whose imposer the parse does not tie to the measure ("Russian oligarchs
 * now subject to UK sanctions": Russian modifies the oligarchs, not the sanctions).
 */
function imposerUntied(b: Bridge, s: AnalysedSentence, c: Candidate): boolean {
  const imposer = tokensOf(b, s, c.object);
  if (!imposer.length || !s.tokens.some((t) => SANCTION_WORDS.has(t.key))) return false;
  // Untied: every mention of the imposer modifies some other noun ("Russian oligarchs", "Russian tanks").
  return imposer.every((t) => {
    const h = t.heads[0];
    return (
      !!h &&
      /^(?:amod|compound|nmod:poss)$/.test(h.rel) &&
      h.token.pos.startsWith("NN") &&
      !SANCTION_WORDS.has(h.token.key) &&
      !/^(?:package|round|regime|list|authorit|government|treasury|ministry|office|department|council)/.test(
        h.token.key,
      ) &&
      b.at(h.token)?.entity !== c.object
    );
  });
}

function chain(t: Token): Token[] {
  const out: Token[] = [];
  let c: Token | undefined = t;
  for (let i = 0; c && i < 30 && !out.includes(c); i++) {
    out.push(c);
    c = (c.heads.find((h) => !h.rel.startsWith("conj") && h.rel !== "ref") ?? c.heads[0])?.token;
  }
  return out;
}

function tokensOf(b: Bridge, s: AnalysedSentence, entity: number): Token[] {
  return s.tokens.filter((t) => b.at(t)?.entity === entity);
}

/** "X, Trump's nominee for special envoy": a nominee, candidate or possible holder holds no office yet. */
function nominee(b: Bridge, s: AnalysedSentence, c: Candidate): boolean {
  const person = tokensOf(b, s, c.subject);
  return s.tokens.some(
    (n) =>
      UNREAL_WORDS.has(n.key) &&
      n.deps.some((e) => /^nmod:(?:for|as|of)$/.test(e.rel)) &&
      (n.heads.some((h) => h.rel === "appos" && person.includes(h.token)) ||
        n.deps.some((e) => (e.rel === "appos" || e.rel === "nsubj") && person.includes(e.token))),
  );
}

export function vetoed(b: Bridge, sentences: readonly AnalysedSentence[], c: Candidate): boolean {
  if (c.type === "envoy_of" || c.type === "leads" || c.type === "works_for") {
    const ds = b.doc.sentences[c.sentence];
    return !!ds && sentences.some((s) => s.end > ds.start && s.start < ds.end && nominee(b, s, c));
  }
  if ((!CHECKED.has(c.type) && c.type !== "sanctioned_by") || c.crossSentence) return false;
  const ds = b.doc.sentences[c.sentence];
  if (!ds) return false;
  for (const s of sentences) {
    if (s.end <= ds.start || s.start >= ds.end) continue;
    if (c.type === "sanctioned_by") {
      if (imposerUntied(b, s, c)) return true;
      continue;
    }
    const xs = tokensOf(b, s, c.subject);
    const ys = tokensOf(b, s, c.object);
    if (!ys.length) continue;
    // "flew in from Washington": where one comes from is no visit (but "returned from Moscow" and
    // "on his way home from Vancouver" are).
    const origin = (y: Token) =>
      y.deps.some((e) => e.rel === "case" && e.token.key === "from") &&
      !y.heads.some((h) => ["return", "back", "home", "way"].includes(h.token.key));
    if (c.type === "visited" && ys.every(origin)) return true;
    if (!xs.length) continue;
    const up = chain(xs.at(-1)!);
    const other = chain(ys.at(-1)!);
    const joint = up.find((t) => other.includes(t) && t !== xs.at(-1) && t !== ys.at(-1));
    if (!joint) continue;
    // Only what the parse says plainly: the joining predicate and the one right above it.
    if (!isAsserted(joint, 2)) return true;
    if (c.type === "met_with" && remote(joint)) return true;
    return false;
  }
  return false;
}
