/**
 * Relation extraction over resolved mentions. Three families of rules run on every sentence:
 * title chains (relate-chains), triggers read just before an object mention (relate-patterns),
 * and a few two-party forms ("A and B met", "talks between A and B", "Y's envoy").
 */
import type { EntityType } from "@/lib/schema/entity-types";
import { allowsRelation, relationSpec } from "@/lib/schema/relations";
import { ahead, chainStart, relEnd, relStart, REMOTE, subjectBefore, tail, typeOf, UNREAL, type Candidate, type DocumentContext, type Emit, type SentenceContext } from "./context";
import { chainRelations } from "./relate-chains";
import { BETWEEN, COORDINATION, IMPOSING, MET_AFTER_PAIR, TAIL_RULES, type TailRule } from "./relate-patterns";

const PARTY: EntityType[] = ["Person", "Organization", "Country"];

/** Index of the next mention after mi that is not a title modifier. */
function nextIndependent(s: SentenceContext, mi: number): number | undefined {
  for (let j = mi + 1; j < s.mentions.length; j++) if (s.modifierOf[j]! < 0 && s.mentions[j]!.entity !== undefined) return j;
  return undefined;
}

/** Whether the clause between the subject and the trigger reports something real. */
function realis(s: SentenceContext, from: number, to: number, remoteMatters: boolean): boolean {
  const window = s.lower.slice(Math.max(0, from, to - 120), to);
  if (UNREAL.test(window)) return false;
  return !(remoteMatters && REMOTE.test(window));
}

function applyTailRule(doc: DocumentContext, s: SentenceContext, mi: number, rule: TailRule, t: string, emit: Emit): boolean {
  const spec = relationSpec(rule.type);
  const at = chainStart(s, mi);
  const triggerAt = at - t.length;
  const objectType = typeOf(doc, s, mi)!;
  let subject: number | undefined;
  let object: number | undefined;
  if (rule.passive) {
    if (!spec.objectTypes.includes(objectType) && rule.type !== "met_with") return false;
    const sj = subjectBefore(doc, s, mi, rule.type === "met_with" ? ["Person", "Organization"] : PARTY);
    if (sj === undefined) return false;
    subject = s.mentions[sj]!.entity;
    object = s.mentions[mi]!.entity;
    if (rule.realis && !realis(s, relEnd(s, sj), at, false)) return false;
  } else if (rule.type === "sanctioned_by") {
    if (/\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+\s+)?(?:sanctioned|blacklisted|designated)\s+$/.test(t)) return false;
    const imposer = subjectBefore(doc, s, mi, ["Organization", "Country"]);
    let imposerEntity = imposer === undefined ? undefined : s.mentions[imposer]!.entity;
    const windowFrom = imposer === undefined ? 0 : relEnd(s, imposer);
    if (imposer !== undefined && /\bsanctions?|restrict|measures|penalt|freeze|ban|embargo/.test(t) && !IMPOSING.test(s.lower.slice(windowFrom, at))) imposerEntity = undefined;
    if (imposerEntity === undefined) {
      const by = /^\s+by\s+(?:the\s+)?/.exec(ahead(s, relEnd(s, mi), 20));
      const n = by ? nextIndependent(s, mi) : undefined;
      if (n === undefined || relStart(s, n) !== relEnd(s, mi) + by![0].length) return false;
      imposerEntity = s.mentions[n]!.entity;
    }
    if (!realis(s, windowFrom, at, false)) return false;
    subject = s.mentions[mi]!.entity;
    object = imposerEntity;
    emitChecked(doc, emit, { type: rule.type, subject: subject!, object: object!, sentence: s.index, confidence: rule.confidence });
    if (rule.list) {
      // Everyone named after a blacklisting verb is on the list ("including ... Chairman X and Y").
      for (let j = mi + 1; j < s.mentions.length; j++) {
        const m = s.mentions[j]!;
        if (m.entity === undefined || s.modifierOf[j]! >= 0) continue;
        if (m.type === "Person" || coordinated(s, mi, j)) emitChecked(doc, emit, { type: rule.type, subject: m.entity, object: object!, sentence: s.index, confidence: rule.confidence - 0.1 });
      }
    }
    return true;
  } else {
    const sj = subjectBefore(doc, s, mi, spec.subjectTypes as readonly EntityType[]);
    if (sj === undefined) return false;
    if (rule.realis && !realis(s, relEnd(s, sj), at, rule.inPerson === true)) return false;
    subject = s.mentions[sj]!.entity;
    object = s.mentions[mi]!.entity;
    void triggerAt;
  }
  if (subject === undefined || object === undefined) return false;
  const ok = emitChecked(doc, emit, { type: rule.type, subject, object, sentence: s.index, confidence: rule.confidence });
  if (ok && rule.list) {
    let prev = mi;
    for (let j = nextIndependent(s, mi); j !== undefined && coordinated(s, prev, j); j = nextIndependent(s, j)) {
      emitChecked(doc, emit, { type: rule.type, subject, object: s.mentions[j]!.entity!, sentence: s.index, confidence: rule.confidence - 0.05 });
      prev = j;
    }
  }
  return ok;
}

/** Whether mention b is coordinated with mention a ("X and Y", "X, Y"). */
function coordinated(s: SentenceContext, a: number, b: number): boolean {
  const gap = s.lower.slice(relEnd(s, a), chainStart(s, b));
  return gap.length < 60 && COORDINATION.test(gap);
}

function emitChecked(doc: DocumentContext, emit: Emit, c: Candidate): boolean {
  if (c.subject === c.object) return false;
  const st = doc.entities[c.subject]!.type;
  const ot = doc.entities[c.object]!.type;
  if (!allowsRelation(c.type, st, ot)) return false;
  emit(c);
  return true;
}

function tailRules(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  s.mentions.forEach((m, mi) => {
    if (m.entity === undefined || m.type === "Pronoun" || s.modifierOf[mi]! >= 0) return;
    const t = tail(s, chainStart(s, mi));
    for (const rule of TAIL_RULES) {
      const match = rule.re.exec(t);
      if (!match) continue;
      if (applyTailRule(doc, s, mi, rule, match[0], emit)) return;
    }
  });
}

/** "A and B met", "talks between A and B". */
function pairRules(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  s.mentions.forEach((m, mi) => {
    if (m.entity === undefined || s.modifierOf[mi]! >= 0) return;
    const b = nextIndependent(s, mi);
    if (b === undefined) return;
    const gap = s.lower.slice(relEnd(s, mi), chainStart(s, b));
    if (!/^\s*,?\s*and\s+(?:the\s+)?$/.test(gap)) return;
    const a = m.entity;
    const bEntity = s.mentions[b]!.entity!;
    const afterB = ahead(s, relEnd(s, b), 60);
    const before = tail(s, chainStart(s, mi), 60);
    const metAfter = MET_AFTER_PAIR.test(afterB);
    const between = BETWEEN.test(before) && realis(s, 0, chainStart(s, mi), true);
    if (metAfter || between) emitChecked(doc, emit, { type: "met_with", subject: a, object: bEntity, sentence: s.index, confidence: 0.85 });
  });
}

const ROLE_AFTER = /^(?:'s?\s+|\s+)(?:(?:key|senior|top|new|special|personal|chief|former|deputy|foreign|prime|national|security|economic)\s+){0,3}(envoy|emissary|ambassador|representative|president|prime minister|premier|minister|chancellor|leader|head|chief|chairman|chairwoman|aide|adviser|advisor|spokesman|spokeswoman|spokesperson)\b/;
const COPULA_BEFORE = /(?:,|\bis|\bwas|\bbecame|\bbecomes|\bas|\bappointed|\bnamed|\belected|\bremains|\bremained)\s+(?:(?:a|an|the|new|now|also)\s+){0,3}$/;

/** "X has emerged as Y's key envoy", "X, Y's foreign minister", "X was appointed the new British Prime Minister". */
function roleAfterRules(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  s.mentions.forEach((m, mi) => {
    if (m.entity === undefined || m.type === "Pronoun" || s.modifierOf[mi]! >= 0) return;
    const after = ahead(s, relEnd(s, mi), 80);
    const r = ROLE_AFTER.exec(after);
    if (!r) return;
    // When a name follows the role, the title chain of that name already covers it.
    const rest = s.text.slice(relEnd(s, mi) + r[0].length, relEnd(s, mi) + r[0].length + 40);
    if (/^\s+(?:[A-Z][\p{L}.'-]*\s+)*[A-Z]/u.test(rest) && !/^\s+(?:of|to|for|in|on)\b/.test(rest)) return;
    if (!COPULA_BEFORE.test(tail(s, chainStart(s, mi), 60))) return;
    if (/\b(?:deputy|vice|assistant)\s/.test(r[0])) return;
    const sj = subjectBefore(doc, s, mi, ["Person"]);
    if (sj === undefined) return;
    const word = r[1]!;
    const type = /envoy|emissary|ambassador|representative/.test(word) ? "envoy_of" : /aide|advis|spokes/.test(word) ? "aide_to" : "leads";
    if (type === "envoy_of" && /\bhigh\s+representative/.test(r[0])) return;
    emitChecked(doc, emit, { type, subject: s.mentions[sj]!.entity!, object: m.entity, sentence: s.index, confidence: 0.8, role: r[0].replace(/^'s?/, "").trim() });
  });
}

/** "Kremlin envoys ...", "The Japanese ambassador ...": a sender whose envoy is named later. */
function unnamedEnvoySenders(doc: DocumentContext, s: SentenceContext): number[] {
  const out: number[] = [];
  s.mentions.forEach((m, mi) => {
    if (m.entity === undefined || (m.type !== "Country" && m.type !== "Organization")) return;
    const after = s.text.slice(relEnd(s, mi), relEnd(s, mi) + 40);
    if (/^(?:'s)?\s+(?:(?:special|senior|top|chief)\s+)?(?:envoys?|ambassador|emissary)\b(?!\s+[A-Z])/i.test(after) && s.modifierOf[mi]! < 0) out.push(m.entity);
  });
  return out;
}

/** All relation candidates of a document, in sentence order. */
export function relate(doc: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  const emit: Emit = (c) => out.push(c);
  const pendingSenders: number[] = [];
  for (const s of doc.sentences) {
    chainRelations(doc, s, emit, pendingSenders);
    tailRules(doc, s, emit);
    pairRules(doc, s, emit);
    roleAfterRules(doc, s, emit);
    pendingSenders.push(...unnamedEnvoySenders(doc, s));
  }
  return out;
}
