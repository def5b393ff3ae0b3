/**
 * met_with over the dependency graph. Constructions:
 * - subject and object of meet / receive / host / welcome / greet ("A met B", "A met with B",
 *   "B was received by A"), also under a relative clause or an infinitive ("A, who met B";
 *   "A flew to Riyadh to meet B");
 * - talk verbs with "with" ("A conferred with B", "A negotiated with B");
 * - a light verb with an event noun ("A held talks with B", "A had a meeting with B");
 * - the event noun itself ("A's meeting with B", "talks between A and B", "a meeting of A and B");
 * - coordinated subjects without an object ("A and B met", "A and B held talks").
 * Calls and video links are no meeting; the event must be asserted (factuality.ts).
 */
import { depsOf, headsOf, type Token } from "../analysis";
import type { Candidate } from "../context";
import type { Bridge, Participant } from "./bridge";
import { isAsserted } from "./factuality";
import { participants, PEOPLE_AND_BODIES } from "./participants";

const MEET_VERBS = new Set(["meet", "receive", "host", "welcome", "greet", "hug", "embrace"]);
const WITH_VERBS = new Set([
  "confer",
  "negotiate",
  "talk",
  "sit",
  "huddle",
  "parley",
  "shake",
  "dine",
  "lunch",
]);
const LIGHT_VERBS = new Set([
  "pay",
  "hold",
  "have",
  "conduct",
  "open",
  "begin",
  "start",
  "resume",
  "continue",
  "conclude",
  "wrap",
  "attend",
  "join",
  "chair",
  "co-chair",
  "lead",
]);
export const EVENT_NOUNS = new Set([
  "meeting",
  "talk",
  "talks",
  "summit",
  "negotiation",
  "discussion",
  "consultation",
  "encounter",
  "audience",
  "tete-a-tete",
  "round",
  "session",
  "dialogue",
  "meet",
  "lunch",
  "dinner",
  "breakfast",
  "luncheon",
]);
/** Words that make an exchange remote rather than in person. */
const REMOTE = new Set([
  "phone",
  "telephone",
  "call",
  "video",
  "videoconference",
  "video-conference",
  "videolink",
  "teleconference",
  "letter",
  "message",
  "online",
  "virtual",
  "virtually",
  "remotely",
  "zoom",
  "phone-call",
  "email",
]);
/** "meet expectations", "meet the deadline": objects that are no party. */
const PARTY: readonly ["Person", "Organization"] = ["Person", "Organization"];

export function remote(t: Token, up = true): boolean {
  // "held talks remotely", "spoke by phone": the cue may sit on the verb that governs the event.
  if (up && t.heads.some((h) => remote(h.token, false))) return true;
  for (const e of t.deps) {
    // A courtesy call is a visit in person.
    if (
      REMOTE.has(e.token.key) &&
      !(e.token.key === "call" && e.token.deps.some((d) => d.token.key === "courtesy"))
    )
      return true;
    if (
      /^(?:obl|nmod|compound|amod|advmod)/.test(e.rel) &&
      e.token.deps.some((d) => REMOTE.has(d.token.key))
    )
      return true;
  }
  return false;
}

/**
 * The subject of a verb, or for one without ("told reporters after meeting X", "left after
 * meeting X") the subject of the clause it hangs on: English leaves it to the main clause.
 */
/** "paid a courtesy call on X": a visit in person, unlike any other call. */
const courtesyCall = (t: Token) =>
  t.key === "call" && t.deps.some((d) => d.token.key === "courtesy");

function subjects(b: Bridge, v: Token): ReturnType<typeof participants> {
  const own = participants(b, depsOf(v, "nsubj"), PARTY);
  if (own.length || depsOf(v, "nsubj", "nsubj:pass").length) return own;
  for (const h of v.heads) {
    if (!/^(?:advcl|advcl:.*|xcomp|acl|conj:and)$/.test(h.rel) || !h.token.pos.startsWith("VB"))
      continue;
    return participants(b, depsOf(h.token, "nsubj"), PARTY);
  }
  return [];
}

export function metWith(b: Bridge, tokens: readonly Token[], emit: (c: Candidate) => void): void {
  const pair = (x: Participant, y: Participant, at: Token, confidence: number) => {
    if (x.entity === y.entity) return;
    if (x.type !== "Person" && y.type !== "Person") return;
    emit({
      type: "met_with",
      subject: x.entity,
      object: y.entity,
      sentence: b.sentenceOf(at),
      confidence,
    });
  };
  const all = (xs: Participant[], ys: Participant[], at: Token, c: number) => {
    for (const x of xs) for (const y of ys) pair(x, y, at, c);
  };
  const among = (xs: Participant[], at: Token, c: number) => {
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) pair(xs[i]!, xs[j]!, at, c);
  };

  for (const v of tokens) {
    const verb = v.pos.startsWith("VB");
    if (verb && MEET_VERBS.has(v.key)) {
      if (remote(v) || !isAsserted(v)) continue;
      const subj = subjects(b, v);
      const objs = participants(b, [...depsOf(v, "obj", "obl:with", "nmod:with")], PARTY);
      const passive = participants(b, depsOf(v, "nsubj:pass"), PARTY);
      const agents = participants(b, depsOf(v, "obl:agent", "obl:by"), PARTY);
      all(subj, objs, v, 0.8);
      all(passive, agents, v, 0.8);
      if (!objs.length && v.key === "meet") among(subj, v, 0.75);
    } else if (
      verb &&
      (v.key === "visit" ||
        (v.key === "call" && depsOf(v, "obl:on").length && !depsOf(v, "xcomp", "ccomp").length))
    ) {
      // "Rubio visited Erdogan", "the prince called on President Reagan" (in person; "called on X
      // to act" is a demand, left out by its clause).
      if (remote(v) || !isAsserted(v)) continue;
      all(
        subjects(b, v),
        participants(b, depsOf(v, v.key === "visit" ? "obj" : "obl:on"), ["Person"]),
        v,
        0.7,
      );
    } else if (verb && WITH_VERBS.has(v.key)) {
      if (remote(v) || !isAsserted(v)) continue;
      const withs = participants(b, depsOf(v, "obl:with", "obl:alongside"), PARTY);
      all(subjects(b, v), withs, v, 0.7);
    } else if ((EVENT_NOUNS.has(v.key) || courtesyCall(v)) && v.pos.startsWith("NN")) {
      if (remote(v) || !isAsserted(v)) continue;
      // Event nouns other than "meeting"/"talks"/"summit" need a "with" or "between" to be one.
      const strong =
        v.key !== "round" && v.key !== "session" && v.key !== "dialogue" && v.key !== "audience";
      const withs = participants(
        b,
        depsOf(v, "nmod:with", ...(courtesyCall(v) ? ["nmod:on"] : [])),
        PARTY,
      );
      const between = participants(b, depsOf(v, "nmod:between", "nmod:among"), PARTY);
      const owners = participants(b, depsOf(v, "nmod:poss", "nmod:of"), PARTY);
      const light = headsOf(v, "obj").find((h) => LIGHT_VERBS.has(h.key) && isAsserted(h));
      const holders = light ? participants(b, depsOf(light, "nsubj"), PARTY) : [];
      // "X spoke after a meeting with Y", "X said in talks with Y": the event's party is the clause's subject.
      if (!light && !owners.length) {
        for (const h of headsOf(
          v,
          "obl:after",
          "obl:before",
          "obl:during",
          "obl:at",
          "obl:following",
          "obl:in",
          "obl:on",
          "obl:since",
          "advcl:after",
        )) {
          if (!h.pos.startsWith("VB") || !isAsserted(h)) continue;
          holders.push(...participants(b, depsOf(h, "nsubj"), PARTY));
          // "X emphasised in talks with Y" parsed with "with Y" on the verb.
          if (!withs.length) withs.push(...participants(b, depsOf(h, "obl:with"), PARTY));
        }
      }
      const lightWith = light ? participants(b, depsOf(light, "obl:with"), PARTY) : [];
      among(between, v, 0.75);
      all([...owners, ...holders], [...withs, ...lightWith], v, 0.75);
      if (strong && !withs.length && !lightWith.length && !between.length) {
        // "A and B held talks", "a meeting of A and B".
        if (holders.length > 1) among(holders, v, 0.7);
        if (v.key !== "round" && owners.length > 1 && depsOf(v, "nmod:of").length > 1)
          among(owners, v, 0.65);
      }
    }
  }
}
