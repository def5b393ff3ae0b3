/**
 * The entities an argument of a predicate stands for:
 * - the token's own entity (a name, or a pronoun or "the envoy" the document stage resolved);
 * - the name in apposition ("the envoy, Steve Witkoff");
 * - the members of a group named with it ("11 citizens, including A and B"; "oligarchs
 *   sanctioned include A and B", where the group is the subject of "include");
 * - for "it" and "its", the nearest country or body before it that is a subject ("The Treasury
 *   said it blacklisted X");
 * - a capital standing for its government ("Beijing imposed", "Washington's envoy"), when the
 *   caller asks for a country.
 * Conjuncts come from the enhanced++ graph itself, which gives each conjunct its own edge.
 */
import type { EntityType } from "@/lib/schema/entity-types";
import { depsOf, headsOf, type Token } from "../analysis";
import type { Bridge, Participant } from "./bridge";

const GROUP_LINKS = ["nmod:including", "nmod:such_as", "nmod:like", "nmod:among"];
const BODIES: readonly EntityType[] = ["Country", "Organization"];

function own(b: Bridge, t: Token, types?: readonly EntityType[]): Participant | undefined {
  let p = b.at(t);
  if (p && p.type === "Place" && types?.includes("Country") && !types.includes("Place"))
    p = b.countryOfCapital(p);
  if (p && p.type === "Organization" && p.mention.text.split(/\s+/).length === 1) {
    // "The U.S. Treasury Department": the head word alone may be its own mention; the longer name wins.
    for (const c of depsOf(t, "compound")) {
      const q = b.at(c);
      if (
        q &&
        q.type === "Organization" &&
        q.entity !== p.entity &&
        b.doc.entities[q.entity]!.name.length > b.doc.entities[p.entity]!.name.length
      )
        return q;
    }
  }
  if (p && (!types || types.includes(p.type))) return p;
  return undefined;
}

/** For "it"/"its": the nearest country or body before it, preferring a clause subject. */
function antecedent(b: Bridge, t: Token): Participant | undefined {
  const s = t.sentence;
  let fallback: Participant | undefined;
  for (let i = t.i - 1; i >= 0; i--) {
    const c = s.tokens[i]!;
    const p = own(b, c, BODIES);
    if (!p) continue;
    if (c.heads.some((h) => h.rel === "nsubj" || h.rel === "nsubj:pass")) return p;
    fallback ??= p;
  }
  return fallback;
}

export function participantsOf(
  b: Bridge,
  t: Token,
  types?: readonly EntityType[],
  depth = 0,
): Participant[] {
  const p = own(b, t, types);
  if (p) return [p];
  const word = t.word.toLowerCase();
  if ((word === "it" || word === "its") && (!types || types.some((x) => BODIES.includes(x)))) {
    const a = antecedent(b, t);
    return a && (!types || types.includes(a.type)) ? [a] : [];
  }
  if (depth > 1) return [];
  for (const a of depsOf(t, "appos")) {
    const q = own(b, a, types);
    if (q) return [q];
  }
  // "its owner Pavel Lenko", "its director John Smith": a name right after a role noun, which the
  // parser sometimes hangs on it as a loose dependent.
  if (t.pos.startsWith("NN") && !t.pos.startsWith("NNP")) {
    for (const d of depsOf(t, "dep")) {
      if (d.i <= t.i || d.i > t.i + 3) continue;
      const q = own(b, d, types);
      if (q) return [q];
    }
  }
  const members = depsOf(t, ...GROUP_LINKS).flatMap((m) => participantsOf(b, m, types, depth + 1));
  if (members.length) return members;
  if (t.pos.startsWith("NN")) {
    for (const v of headsOf(t, "nsubj"))
      if (v.key === "include" || v.key === "comprise")
        return depsOf(v, "obj").flatMap((m) => participantsOf(b, m, types, depth + 1));
  }
  return [];
}

export function participant(
  b: Bridge,
  t: Token,
  types?: readonly EntityType[],
): Participant | undefined {
  return participantsOf(b, t, types)[0];
}

export function participants(
  b: Bridge,
  tokens: Iterable<Token>,
  types?: readonly EntityType[],
): Participant[] {
  const out: Participant[] = [];
  for (const t of tokens)
    for (const p of participantsOf(b, t, types))
      if (!out.some((q) => q.entity === p.entity)) out.push(p);
  return out;
}

export const PEOPLE_AND_BODIES: readonly EntityType[] = ["Person", "Organization"];
