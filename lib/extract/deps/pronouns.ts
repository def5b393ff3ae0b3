/**
 * He, she, his, her, him read from the parse (a document rule: it crosses sentences):
 * - in a clause under a verb whose subject is a person named before it, that person ("Clark said
 *   he expected", "Rubio, who said his team ...");
 * - otherwise, a subject pronoun or possessive means the subject of the last sentence that had a
 *   person as its main subject, within three sentences ("Clark held talks with A. Yesterday, he
 *   held talks with B");
 * - an object pronoun ("received him") never means its own clause's subject.
 * The document stage's surface guess stays where the parse says nothing.
 */
import type { Analysis, Token } from "../analysis";
import type { Bridge, Participant } from "./bridge";

const PERSONAL = new Set(["he", "she", "his", "her", "him", "hers", "himself", "herself"]);
const OBJECT = new Set(["him", "himself", "herself"]);

function personSubject(b: Bridge, v: Token, before: number): Participant | undefined {
  for (const e of v.deps) {
    if (e.rel !== "nsubj" && e.rel !== "nsubj:pass") continue;
    if (e.token.start >= before) continue;
    const p = b.at(e.token);
    if (p?.type === "Person" && p.mention.type !== "Pronoun") return p;
  }
  return undefined;
}

/** The person the main clause of a sentence is about: the subject of its root (or the root's first conjunct). */
function mainSubject(b: Bridge, tokens: readonly Token[]): number | undefined {
  const roots = tokens.filter((t) => t.heads.length === 0 && t.deps.length > 0);
  for (const r of roots) {
    for (const e of r.deps) {
      if (e.rel !== "nsubj" && e.rel !== "nsubj:pass") continue;
      const p = b.at(e.token);
      if (p?.type === "Person") return p.entity;
    }
  }
  return undefined;
}

const FEMININE = new Set(["she", "her", "hers", "herself"]);
const MASCULINE = new Set(["he", "his", "him", "himself"]);

/** "Mr. X", "Ms. X", "Mrs. X": the honorific right before a person's name. */
function honorificGender(t: Token): "f" | "m" | undefined {
  const before = t.sentence.tokens[t.i - 1]?.word.toLowerCase().replace(/\.$/, "");
  if (before === "mr") return "m";
  if (before === "ms" || before === "mrs" || before === "madam") return "f";
  return undefined;
}

export function resolvePronounsByParse(b: Bridge, analysis: Analysis): void {
  // Gender learnt as the document goes: honorifics, then the pronouns resolved to each person.
  const gender = new Map<number, "f" | "m">();
  const fits = (entity: number, g: "f" | "m") => (gender.get(entity) ?? g) === g;
  /** The main subjects of recent sentences, newest first, with the sentence index. */
  const recent: { entity: number; at: number }[] = [];
  for (const s of analysis.sentences) {
    for (const t of s.tokens) {
      const named = b.at(t);
      if (named?.type === "Person" && named.mention.type !== "Pronoun") {
        const g = honorificGender(t);
        if (g && !gender.has(named.entity)) gender.set(named.entity, g);
      }
      if (t.pos !== "PRP" && t.pos !== "PRP$") continue;
      const word = t.word.toLowerCase();
      if (!PERSONAL.has(word)) continue;
      const m = b.mentionAt(t);
      if (!m || m.type !== "Pronoun") continue;
      const g = FEMININE.has(word) ? "f" : MASCULINE.has(word) ? "m" : undefined;
      // Up the clauses to a governor with a person subject named before the pronoun.
      let found: number | undefined;
      let clauseSubject: number | undefined;
      let v: Token | undefined = t.heads[0]?.token;
      for (let depth = 0; v && depth < 5 && found === undefined; depth++) {
        const p = personSubject(b, v, t.start);
        if (p && (!g || fits(p.entity, g))) {
          if (depth === 0 && OBJECT.has(word)) clauseSubject = p.entity;
          else found = p.entity;
        }
        v = v.heads.find((h) =>
          /^(?:ccomp|xcomp|advcl|acl|acl:relcl|conj|parataxis|obj|obl|nmod)/.test(h.rel),
        )?.token;
      }
      if (found === undefined)
        found = recent.find(
          (r) => s.index - r.at <= 3 && r.entity !== clauseSubject && (!g || fits(r.entity, g)),
        )?.entity;
      if (found !== undefined) {
        m.entity = found;
        if (g && !gender.has(found)) gender.set(found, g);
      }
    }
    const subject = mainSubject(b, s.tokens);
    if (subject !== undefined) {
      const i = recent.findIndex((r) => r.entity === subject);
      if (i >= 0) recent.splice(i, 1);
      recent.unshift({ entity: subject, at: s.index });
      recent.length = Math.min(recent.length, 4);
    }
  }
}
