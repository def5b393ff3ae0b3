/**
 * sanctioned_by over the dependency graph. Constructions:
 * - a sanctioning verb with its imposer and target ("The Treasury sanctioned X", "the EU
 *   blacklisted X", "X was designated by OFAC", "X was sanctioned by the United States");
 * - a measure imposed on a target ("Washington imposed sanctions on X", "the EU slapped an asset
 *   freeze and a travel ban on X", "X was hit with U.S. sanctions");
 * - the measure noun with its imposer as modifier or owner and its target after on/against
 *   ("U.S. sanctions on X", "the EU's sanctions against X");
 * - a target under measures ("X, which is under U.S. sanctions", "X is subject to EU sanctions");
 * - a list ("the EU added X to its sanctions list", "X was put on the U.S. blacklist").
 * Imposers are countries and bodies, never a person; threatened, proposed, lifted-only and
 * hypothetical measures are not sanctions (factuality.ts).
 */
import type { EntityType } from "@/lib/schema/entity-types";
import { depsOf, headsOf, type Token } from "../analysis";
import type { Candidate } from "../context";
import type { Bridge, Participant } from "./bridge";
import { isAsserted } from "./factuality";
import { participants, participantsOf } from "./participants";

const SANCTION_VERBS = new Set([
  "sanction",
  "blacklist",
  "designate",
  "penalize",
  "penalise",
  "target",
  "list",
  "delist",
]);
const MEASURES = new Set([
  "sanction",
  "sanctions",
  "measure",
  "restriction",
  "embargo",
  "freeze",
  "ban",
  "penalty",
  "blacklist",
  "designation",
  "asset-freeze",
]);
const IMPOSE_VERBS = new Set([
  "impose",
  "slap",
  "levy",
  "place",
  "put",
  "apply",
  "extend",
  "renew",
  "announce",
  "adopt",
  "introduce",
  "expand",
  "tighten",
  "maintain",
  "enforce",
  "keep",
]);
const LIST_NOUNS = new Set(["list", "blacklist"]);
/** What marks a list as one of sanctions: "sanctions list", "SDN list", "Entity List", "stop list". */
const LIST_MARKS = new Set([
  "sanction",
  "sanctions",
  "designated",
  "sdn",
  "entity",
  "stop",
  "restricted",
  "blacklist",
  "terrorist",
  "terror",
]);
/** Freezing or blocking someone's assets ("froze the assets of X", "X's property is blocked"). */
const ASSET_VERBS = new Set(["freeze", "block", "seize", "confiscate", "impound"]);
const ASSETS = new Set([
  "asset",
  "assets",
  "property",
  "fund",
  "funds",
  "holding",
  "account",
  "interest",
]);
/** Barring someone from a country ("banned X from entering", "barred entry to X"). */
const BAR_VERBS = new Set(["ban", "bar", "prohibit", "forbid", "deny"]);
const ENTRY = new Set(["enter", "entering", "entry", "travel", "visa", "visit"]);
const IMPOSERS: readonly EntityType[] = ["Country", "Organization"];
const TARGETS: readonly EntityType[] = ["Person", "Organization", "Country"];
/** Verbs that end or weaken measures: "lifted sanctions on X" states no sanction. */
const UNDOING = new Set([
  "lift",
  "ease",
  "remove",
  "drop",
  "end",
  "suspend",
  "waive",
  "relax",
  "scrap",
  "repeal",
  "revoke",
  "cancel",
  "delist",
  "unfreeze",
  "evade",
  "circumvent",
  "violate",
  "breach",
  "bust",
  "avoid",
  "escape",
  "oppose",
  "criticize",
  "criticise",
  "condemn",
  "denounce",
  "protest",
  "reject",
  "threaten",
  "warn",
  "consider",
  "discuss",
  "urge",
  "demand",
  "seek",
  "call",
  "propose",
  "push",
  "mull",
  "weigh",
]);

function imposersOfMeasure(b: Bridge, m: Token): Participant[] {
  // "U.S. sanctions", "EU sanctions", "the EU's sanctions", "sanctions by the EU", "Western sanctions".
  return participants(
    b,
    depsOf(m, "compound", "amod", "nmod:poss", "nmod:by", "nmod:from", "nmod:of"),
    IMPOSERS,
  );
}

function targetsOfMeasure(b: Bridge, m: Token): Participant[] {
  return participants(b, depsOf(m, "nmod:on", "nmod:against", "nmod:targeting", "acl"), TARGETS);
}

/** "the list of persons subject to restrictive measures": a measure two or three steps below. */
function measureBelow(list: Token): boolean {
  const below = (t: Token, depth: number): boolean =>
    depth > 0 &&
    t.deps.some(
      (e) =>
        (e.rel.startsWith("nmod") ||
          e.rel.startsWith("obl") ||
          e.rel === "amod" ||
          e.rel.startsWith("acl")) &&
        ((MEASURES.has(e.token.key) && e.token.key !== "ban") || below(e.token, depth - 1)),
    );
  return below(list, 3);
}

function undone(t: Token): boolean {
  return headsOf(t, "obj", "nsubj:pass", "obl:", "nmod:").some((h) => UNDOING.has(h.key));
}

/** What the sanctions rules carry from sentence to sentence: the imposer last stated. */
export interface SanctionsState {
  imposer?: Participant;
}

export function sanctionedBy(
  b: Bridge,
  tokens: readonly Token[],
  emit: (c: Candidate) => void,
  state: SanctionsState = {},
): void {
  const pair = (
    target: Participant,
    imposer: Participant,
    at: Token,
    confidence: number,
    crossSentence = false,
  ) => {
    if (target.entity === imposer.entity || imposer.type === "Person") return;
    if (!crossSentence) state.imposer = imposer;
    emit({
      type: "sanctioned_by",
      subject: target.entity,
      object: imposer.entity,
      sentence: b.sentenceOf(at),
      confidence,
      ...(crossSentence ? { crossSentence } : {}),
    });
  };
  const all = (targets: Participant[], imposers: Participant[], at: Token, c: number) => {
    if (!imposers.length && state.imposer) {
      // "X has also been sanctioned": the imposer the document named last.
      for (const t of targets) pair(t, state.imposer, at, c - 0.15, true);
      return;
    }
    for (const t of targets) for (const i of imposers) pair(t, i, at, c);
  };

  for (const v of tokens) {
    if (v.pos.startsWith("VB") && SANCTION_VERBS.has(v.key)) {
      if (v.key === "delist" || !isAsserted(v)) continue;
      // "target", "ban", "freeze", "list" are sanctions only with sanctions in the sentence.
      if (
        ["target", "list"].includes(v.key) &&
        !v.sentence.tokens.some((t) => t.key === "sanction" || t.key === "sanctions")
      )
        continue;
      all(
        participants(b, depsOf(v, "obj"), TARGETS),
        participants(b, depsOf(v, "nsubj"), IMPOSERS),
        v,
        0.8,
      );
      all(
        participants(b, depsOf(v, "nsubj:pass"), TARGETS),
        participants(b, depsOf(v, "obl:agent", "obl:by"), IMPOSERS),
        v,
        0.8,
      );
      // "allies sanctioned by the UK include A and B", "the entities designated": a participle on its target.
      all(
        participants(b, headsOf(v, "acl"), TARGETS),
        participants(b, depsOf(v, "obl:agent", "obl:by"), IMPOSERS),
        v,
        0.75,
      );
      // "X was sanctioned under U.S. law / by U.S. authorities": an imposer in the by-phrase's modifier.
      for (const agent of depsOf(v, "obl:agent", "obl:by", "obl:under")) {
        all(
          participants(b, depsOf(v, "nsubj:pass"), TARGETS),
          participants(b, depsOf(agent, "compound", "amod", "nmod:poss"), IMPOSERS),
          v,
          0.7,
        );
      }
    } else if (v.pos.startsWith("VB") && ASSET_VERBS.has(v.key) && !undone(v)) {
      if (!isAsserted(v)) continue;
      const assets = depsOf(v, "obj", "nsubj:pass").filter((a) => ASSETS.has(a.key));
      const targets = participants(
        b,
        assets.flatMap((a) => depsOf(a, "nmod:of", "nmod:poss", "nmod:belonging_to")),
        TARGETS,
      );
      all(targets, participants(b, depsOf(v, "nsubj", "obl:agent"), IMPOSERS), v, 0.75);
    } else if (v.pos.startsWith("VB") && BAR_VERBS.has(v.key)) {
      // "banned 49 officials from entering", "barred X from the country": a person kept out.
      if (!isAsserted(v)) continue;
      const entry = v.deps.some(
        (e) => ENTRY.has(e.token.key) && /^(?:obl|advcl|xcomp|obj)/.test(e.rel),
      );
      if (!entry) continue;
      const kept = participants(b, depsOf(v, "obj", "nsubj:pass", "iobj"), TARGETS);
      all(kept, participants(b, depsOf(v, "nsubj", "obl:agent"), IMPOSERS), v, 0.7);
    } else if (v.pos.startsWith("VB") && IMPOSE_VERBS.has(v.key)) {
      const measures = depsOf(v, "obj", "nsubj:pass").filter((m) => MEASURES.has(m.key));
      if (!measures.length || !isAsserted(v)) continue;
      const imposers = [
        ...participants(b, depsOf(v, "nsubj", "obl:agent"), IMPOSERS),
        ...measures.flatMap((m) => imposersOfMeasure(b, m)),
      ];
      // "The Council imposed measures on nine individuals": no one named yet, but the imposer is
      // the one later sentences mean ("Among those listed are A and B").
      if (imposers[0]) state.imposer = imposers[0];
      const targets = [
        ...participants(b, depsOf(v, "obl:on", "obl:against", "obl:upon"), TARGETS),
        ...measures.flatMap((m) => targetsOfMeasure(b, m)),
      ];
      all(targets, imposers, v, 0.8);
    } else if (
      v.pos.startsWith("NN") &&
      MEASURES.has(v.key) &&
      (v.key === "sanction" || v.key === "sanctions" || v.word.toLowerCase() === "sanctions")
    ) {
      if (undone(v) || !isAsserted(v)) continue;
      // Handled with its verb above when imposed; here the noun phrase alone or under "under"/"subject to".
      if (headsOf(v, "obj").some((h) => IMPOSE_VERBS.has(h.key))) continue;
      const imposers = imposersOfMeasure(b, v);
      if (imposers.length) all(targetsOfMeasure(b, v), imposers, v, 0.7);
      // "X is under U.S. sanctions", "X, subject to EU sanctions", "X was hit with sanctions".
      for (const h of v.heads) {
        if (!/^(?:obl:under|obl:to|obl:with|nmod:under|nmod:to)$/.test(h.rel)) continue;
        if (h.rel.endsWith(":with") && !["hit", "slap", "target"].includes(h.token.key)) continue;
        const holder = h.token;
        const targets = participants(
          b,
          [
            ...depsOf(holder, "nsubj", "nsubj:pass"),
            ...(holder.pos.startsWith("NN") || holder.pos.startsWith("JJ") ? [holder] : []),
          ],
          TARGETS,
        );
        // "subject to": the adjective's subject, or the noun it modifies.
        for (const up of headsOf(holder, "amod", "acl"))
          targets.push(...participantsOf(b, up, TARGETS));
        if (isAsserted(holder)) all(targets, imposers, v, 0.7);
      }
    } else if (
      v.pos.startsWith("NN") &&
      LIST_NOUNS.has(v.key) &&
      (v.key === "blacklist" ||
        v.deps.some((e) => /^(?:compound|amod)/.test(e.rel) && LIST_MARKS.has(e.token.key)) ||
        measureBelow(v))
    ) {
      // "the EU added X to its sanctions list", "X was put on the U.S. blacklist".
      for (const h of v.heads) {
        if (!/^obl:(?:to|on|onto)$/.test(h.rel)) continue;
        const verb = h.token;
        if (!["add", "put", "place", "include", "list"].includes(verb.key) || !isAsserted(verb))
          continue;
        // "Among those added to the list ... are A, B and C": the members the inversion names.
        const among = headsOf(verb, "acl", "amod").flatMap((n) =>
          headsOf(n, "obl:among", "nmod:among"),
        );
        const members = among.flatMap((m) => [m, ...depsOf(m, "conj:and", "conj")]);
        // The list itself may be a named entity ("the Entity List"): it imposes nothing.
        const list = b.at(v)?.entity;
        const imposers = [
          ...participants(b, depsOf(verb, "nsubj", "obl:agent"), IMPOSERS),
          ...imposersOfMeasure(b, v),
        ].filter((p) => p.entity !== list);
        all(
          participants(b, [...depsOf(verb, "obj", "nsubj:pass"), ...members], TARGETS),
          imposers,
          v,
          0.75,
        );
      }
    }
  }
}
