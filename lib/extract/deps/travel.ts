/**
 * visited and educated_at over the dependency graph.
 * - visited: "A visited X", "A travelled / flew / went / came / returned to X", "A arrived in X",
 *   "A's visit / trip to X", "A was on a visit to X"; stated, not planned.
 * - educated_at: "A studied / graduated at / from X", "A attended X", "A holds a degree from X",
 *   "A, a graduate of X"; X a school, college, university, academy or institute.
 */
import { depsOf, headsOf, type Token } from "../analysis";
import type { Candidate } from "../context";
import type { Bridge } from "./bridge";
import { isAsserted } from "./factuality";
import { participants } from "./participants";

const MOTION = new Set([
  "travel",
  "fly",
  "go",
  "come",
  "return",
  "head",
  "journey",
  "arrive",
  "land",
  "jet",
  "rush",
  "sail",
  "drive",
]);
const TRIP_NOUNS = new Set(["visit", "trip", "tour", "journey", "arrival", "stopover"]);
const STUDY = new Set([
  "study",
  "graduate",
  "attend",
  "educate",
  "train",
  "enrol",
  "enroll",
  "earn",
  "receive",
  "obtain",
  "hold",
]);
const SCHOOL =
  /\b(?:universit|college|school|academy|institut|polytechnic|seminary|conservatoire|conservatory|lyc[eé]e)/i;

const HERE_VERBS = new Set(["be", "arrive", "visit", "come", "stay", "remain", "meet", "land"]);

export function travel(b: Bridge, tokens: readonly Token[], emit: (c: Candidate) => void): void {
  // "who is here on an official visit", "arrived here on Monday": here is the dateline's place.
  const dateline = b.doc.datelinePlace;
  if (dateline !== undefined) {
    for (const here of tokens) {
      if (here.key !== "here" || here.pos !== "RB") continue;
      for (const v of headsOf(here, "advmod")) {
        if (!HERE_VERBS.has(v.key) || !isAsserted(v)) continue;
        for (const p of participants(b, depsOf(v, "nsubj"), ["Person"]))
          emit({
            type: "visited",
            subject: p.entity,
            object: dateline,
            sentence: b.sentenceOf(here),
            confidence: 0.6,
          });
      }
    }
  }
  const places = (ts: Token[]) => participants(b, ts, ["Place", "Country"]);
  const people = (ts: Token[]) => participants(b, ts, ["Person"]);
  for (const v of tokens) {
    if (v.pos.startsWith("VB") && v.key === "visit") {
      if (!isAsserted(v)) continue;
      for (const p of people(depsOf(v, "nsubj", "nsubj:xsubj")))
        for (const x of places(depsOf(v, "obj")))
          emit({
            type: "visited",
            subject: p.entity,
            object: x.entity,
            sentence: b.sentenceOf(v),
            confidence: 0.75,
          });
    } else if (v.pos.startsWith("VB") && MOTION.has(v.key)) {
      if (!isAsserted(v)) continue;
      const to =
        v.key === "arrive" || v.key === "land"
          ? depsOf(v, "obl:in", "obl:at", "obl:to")
          : depsOf(v, "obl:to", "obl:into");
      for (const p of people(depsOf(v, "nsubj")))
        for (const x of places(to))
          emit({
            type: "visited",
            subject: p.entity,
            object: x.entity,
            sentence: b.sentenceOf(v),
            confidence: 0.7,
          });
    } else if (v.pos.startsWith("NN") && TRIP_NOUNS.has(v.key)) {
      if (!isAsserted(v)) continue;
      const where = places(
        depsOf(v, "nmod:to", "nmod:in", ...(v.key === "arrival" ? ["nmod:at"] : [])),
      );
      if (!where.length) continue;
      // "his visit to X", "X's trip", "A was on a visit to X", "A, on a visit to X, met ...".
      const who = people([
        ...depsOf(v, "nmod:poss", "nmod:by"),
        ...headsOf(v, "obl:on", "nmod:on", "obl:during").flatMap((h) => depsOf(h, "nsubj")),
      ]);
      for (const h of headsOf(v, "obj")) {
        if (
          ![
            "make",
            "pay",
            "begin",
            "start",
            "complete",
            "conclude",
            "end",
            "wrap",
            "wind",
            "finish",
            "continue",
            "cut",
            "undertake",
          ].includes(h.key) ||
          !isAsserted(h)
        )
          continue;
        who.push(...people(depsOf(h, "nsubj")));
        // "Joe Clark, winding up a visit to X, said": the participle's person.
        who.push(...people(headsOf(h, "acl", "advcl")));
      }
      for (const p of who)
        for (const x of where)
          emit({
            type: "visited",
            subject: p.entity,
            object: x.entity,
            sentence: b.sentenceOf(v),
            confidence: 0.65,
          });
    }
    if (v.pos.startsWith("VB") && STUDY.has(v.key)) {
      if (!isAsserted(v)) continue;
      const degree = ["earn", "receive", "obtain", "hold"].includes(v.key);
      const schoolTokens = degree
        ? depsOf(v, "obj").flatMap((d) =>
            /^(?:degree|doctorate|phd|diploma|master|bachelor|mba)$/.test(d.key)
              ? depsOf(d, "nmod:from", "nmod:at", "nmod:in")
              : [],
          )
        : depsOf(v, "obj", "obl:at", "obl:from", "obl:in");
      const schools = participants(b, schoolTokens, ["Organization"]).filter((o) =>
        SCHOOL.test(b.doc.entities[o.entity]!.name),
      );
      for (const p of people(depsOf(v, "nsubj")))
        for (const s of schools)
          emit({
            type: "educated_at",
            subject: p.entity,
            object: s.entity,
            sentence: b.sentenceOf(v),
            confidence: 0.7,
          });
    }
  }
}
