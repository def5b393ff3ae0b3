/**
 * Relation extraction over resolved mentions. Three families of rules run on every sentence:
 * title chains (relate-chains), triggers read just before an object mention (relate-patterns),
 * and a few two-party forms ("A and B met", "talks between A and B", "Y's envoy").
 */
import type { EntityType } from "@/lib/schema/entity-types";
import { allowsRelation, relationSpec } from "@/lib/schema/relations";
import {
  ahead,
  chainStart,
  relEnd,
  relStart,
  REMOTE,
  subjectBefore,
  tail,
  typeOf,
  UNREAL,
  type Candidate,
  type DocumentContext,
  type Emit,
  type SentenceContext,
} from "./context";
import { CAPITAL_OF } from "./gazetteer";
import { chainRelations, namedCountry } from "./relate-chains";
import {
  aidesOfSeatedHeads,
  headsOfEnvoys,
  headsOfPresidentsOffices,
  ministersOfNamedMinistries,
  nominalHeads,
  staffOfNominalHeads,
} from "./relate-nominals";
import {
  companionOffices,
  companionVisits,
  counterpartOffices,
  groupMeetings,
  sideRelations,
} from "./relate-sides";
import { leaderCountry } from "./gazetteer/leaders";
import {
  APPOSITIVE,
  BETWEEN,
  COORDINATION,
  HELD_AFTER,
  IMPOSING,
  MET_AFTER_PAIR,
  PARTICIPANTS,
  TAIL_RULES,
  type TailRule,
} from "./relate-patterns";

const PARTY: EntityType[] = ["Person", "Organization", "Country"];

/** Index of the next mention after mi that is not a title modifier. */
function nextIndependent(s: SentenceContext, mi: number): number | undefined {
  for (let j = mi + 1; j < s.mentions.length; j++) {
    const m = s.mentions[j]!;
    if (s.modifierOf[j]! >= 0 || m.entity === undefined) continue;
    if (s.tokens[m.tokStart - 1]?.text === "(" && s.tokens[m.tokEnd]?.text === ")") continue; // "(IMF)" repeats the name before it
    return j;
  }
  return undefined;
}

/** Whether the clause between the subject and the trigger reports something real. */
function realis(s: SentenceContext, from: number, to: number, remoteMatters: boolean): boolean {
  const window = s.lower.slice(Math.max(0, from, to - 120), to);
  if (UNREAL.test(window)) return false;
  return !(remoteMatters && REMOTE.test(window));
}

/**
 * Whether the title at `triggerAt` is the one of mention `sj`: an appositive after it ("X, head
 * of", "X was named head of"), or the object of an appointing verb ("Putin appointed him head of").
 */
function holdsTitle(s: SentenceContext, sj: number, triggerAt: number): boolean {
  const gap = s.lower.slice(relEnd(s, sj), triggerAt);
  if (APPOSITIVE.test(gap)) return true;
  return (
    /^\s+$/.test(gap) &&
    /\b(?:appointed|appoints|named|names|made|makes)\s+$/.test(s.lower.slice(0, relStart(s, sj)))
  );
}

/** "Budanov, head of Ukraine's agency HUR, also met X": a name inside an appositive is not the subject; its head is. */
function appositiveHead(
  s: SentenceContext,
  sj: number,
  triggerAt: number,
  types: readonly EntityType[],
  doc: DocumentContext,
): number | undefined {
  for (let q = sj - 1; q >= 0; q--) {
    const m = s.mentions[q]!;
    if (
      m.entity === undefined ||
      s.modifierOf[q]! >= 0 ||
      !types.includes(doc.entities[m.entity]!.type)
    )
      continue;
    if (m.type !== "Person" && m.type !== "Pronoun") continue;
    // ", <appositive>, (also) <trigger>": bounded character classes and word counts, no nesting.
    if (/^\s*,[^,;]{1,150},\s*(?:[a-z-]+\s+){0,8}$/.test(s.lower.slice(relEnd(s, q), triggerAt)))
      return q;
    return undefined;
  }
  return undefined;
}

/** The person right before ", who ..." when the trigger sits in that relative clause. */
function relativeSubject(
  s: SentenceContext,
  triggerAt: number,
  types: readonly EntityType[],
  doc: DocumentContext,
): number | undefined {
  let tried = 0;
  for (let q = s.mentions.length - 1; q >= 0; q--) {
    const m = s.mentions[q]!;
    if (relEnd(s, q) > triggerAt || m.entity === undefined || s.modifierOf[q]! >= 0) continue;
    if (m.type !== "Person" || !types.includes(doc.entities[m.entity]!.type)) return undefined;
    // ", who has ": bounded, no nested quantifiers.
    if (/^\s*,\s*(?:[^,;]{0,60}\s)?who\s+[^,;]{0,60}$/.test(s.lower.slice(relEnd(s, q), triggerAt)))
      return q;
    // "X, a long-time Y associate who was": Y sits inside X's appositive; try the name before it once.
    if (
      tried++ > 0 ||
      !/^[^,;]{0,60}\bwho\s+[^,;]{0,60}$/.test(s.lower.slice(relEnd(s, q), triggerAt))
    )
      return undefined;
  }
  return undefined;
}

/** "Before joining X, Mr. Y was ...": the subject follows the opening clause. */
function subjectAfterClause(
  doc: DocumentContext,
  s: SentenceContext,
  mi: number,
  types: readonly EntityType[],
): number | undefined {
  const comma = s.text.indexOf(",", relEnd(s, mi));
  if (comma < 0 || comma - relEnd(s, mi) > 60) return undefined;
  for (let j = mi + 1; j < s.mentions.length; j++) {
    const m = s.mentions[j]!;
    if (relStart(s, j) < comma || m.entity === undefined || s.modifierOf[j]! >= 0) continue;
    return types.includes(doc.entities[m.entity]!.type) && chainStart(s, j) - comma < 25
      ? j
      : undefined;
  }
  return undefined;
}

function applyTailRule(
  doc: DocumentContext,
  s: SentenceContext,
  mi: number,
  rule: TailRule,
  t: string,
  emit: Emit,
): boolean {
  const spec = relationSpec(rule.type);
  const at = chainStart(s, mi);
  const triggerAt = at - t.length;
  if (rule.follows && !rule.follows.test(ahead(s, relEnd(s, mi), 40))) return false;
  if (rule.objectName && !rule.objectName.test(doc.entities[s.mentions[mi]!.entity!]!.name))
    return false;
  if (
    rule.addedToList &&
    !/^[^;]{0,100}?\bto\s+(?:its|their|the|his|her)\s+(?:[a-z]+\s+)?(?:sanctions?\s+list|blacklist|list\s+of\s+sanctioned)/.test(
      ahead(s, relEnd(s, mi), 140),
    )
  )
    return false;
  if (rule.type === "sanctioned_by" && !rule.passive)
    return sanctionRule(doc, s, mi, rule, t, emit);
  if (rule.personObject && typeOf(doc, s, mi) !== "Person") return false;
  if (rule.reverse) {
    if (typeOf(doc, s, mi) !== "Person") return false;
    const oj = subjectBefore(doc, s, mi, ["Organization"], triggerAt + 1);
    if (oj === undefined) return false;
    return emitChecked(doc, emit, {
      type: rule.type,
      subject: s.mentions[mi]!.entity!,
      object: s.mentions[oj]!.entity!,
      sentence: s.index,
      confidence: rule.confidence,
    });
  }
  const subjectTypes: readonly EntityType[] = rule.passive
    ? rule.type === "met_with"
      ? ["Person", "Organization"]
      : PARTY
    : spec.subjectTypes;
  // An appositive belongs to the name right before it, even one after a preposition ("with X, an aide to Y").
  const nearest =
    rule.appositive || rule.preferAppositive
      ? subjectBefore(doc, s, mi, subjectTypes, triggerAt + 1, true)
      : undefined;
  const appositiveOk = nearest !== undefined && holdsTitle(s, nearest, triggerAt);
  let sj = appositiveOk ? nearest : subjectBefore(doc, s, mi, subjectTypes, triggerAt + 1);
  if (sj === undefined && !rule.realis)
    sj =
      triggerAt === 0 ||
      /^\s*(?:before|after|since|upon|while|when)\b/.test(s.lower.slice(0, triggerAt + 12))
        ? subjectAfterClause(doc, s, mi, subjectTypes)
        : undefined;
  // "... handled by X, who has met Y": a relative clause's subject is the name before "who".
  const relative = relativeSubject(s, triggerAt, subjectTypes, doc);
  if (relative !== undefined) sj = relative;
  if (sj === undefined) return false;
  if (sj < mi && s.mentions[sj]!.type !== "Person" && s.mentions[sj]!.type !== "Pronoun")
    sj = appositiveHead(s, sj, triggerAt, subjectTypes, doc) ?? sj;
  const before = sj < mi;
  if (before && rule.appositive && !holdsTitle(s, sj, triggerAt)) return false;
  if (
    before &&
    rule.realis &&
    !realis(s, Math.max(0, relStart(s, sj) - 12), at, rule.inPerson === true)
  )
    return false;
  const subject = s.mentions[sj]!.entity!;
  let object = s.mentions[mi]!.entity!;
  // "chairman of the Upper House's budget committee": an office in a part of the organisation is membership of it.
  if (
    (rule.type === "leads" || rule.type === "works_for") &&
    s.mentions[mi]!.possessive &&
    !rule.follows
  ) {
    if (
      !/^'s?\s+(?:[a-z-]+\s+){0,3}(?:committee|department|commission|office|division|directorate)\b/.test(
        ahead(s, relEnd(s, mi), 60),
      )
    )
      return false;
    return emitChecked(doc, emit, {
      type: "works_for",
      subject: s.mentions[sj]!.entity!,
      object: s.mentions[mi]!.entity!,
      sentence: s.index,
      confidence: rule.confidence - 0.1,
    });
  }
  if (rule.toDateline) {
    // "X arrived from Helsinki" in a story filed from Moscow: X is in Moscow.
    if (doc.datelinePlace === undefined || /\barrived\s+in\b/.test(s.lower)) return false;
    object = doc.datelinePlace;
  }
  const ok = emitChecked(doc, emit, {
    type: rule.type,
    subject,
    object,
    sentence: s.index,
    confidence: rule.confidence,
  });
  const objects = rule.list ? [mi, ...coordinatedAfter(s, mi)] : [mi];
  if (ok && rule.list) {
    for (const j of objects.slice(1))
      emitChecked(doc, emit, {
        type: rule.type,
        subject,
        object: s.mentions[j]!.entity!,
        sentence: s.index,
        confidence: rule.confidence - 0.05,
      });
  }
  // "A, B and C met D and E": every subject met every object.
  if (ok && rule.type === "met_with" && before) {
    for (const k of coordinatedBefore(s, sj)) {
      for (const j of objects)
        emitChecked(doc, emit, {
          type: rule.type,
          subject: s.mentions[k]!.entity!,
          object: s.mentions[j]!.entity!,
          sentence: s.index,
          confidence: rule.confidence - 0.1,
        });
    }
  }
  return ok;
}

/** "X imposed sanctions on Y", "X has blacklisted A and B, including C", "X's restrictions apply to A, B". */
function sanctionRule(
  doc: DocumentContext,
  s: SentenceContext,
  mi: number,
  rule: TailRule,
  t: string,
  emit: Emit,
): boolean {
  const at = chainStart(s, mi);
  const triggerAt = at - t.length;
  if (
    /\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+\s+)?(?:sanctioned|blacklisted|designated)\s+$/.test(
      t,
    )
  )
    return false;
  let imposer = subjectBefore(doc, s, mi, ["Organization", "Country", "Place"], triggerAt + 1);
  // "X sanctioned the fund and blacklisted Y": the fund is an earlier target, X imposes both.
  while (
    imposer !== undefined &&
    /\b(?:sanctioned|blacklisted|designated|sanctions\s+on|sanctions\s+against)\s+(?:the\s+|both\s+(?:the\s+)?)?$/.test(
      tail(s, chainStart(s, imposer), 40),
    )
  ) {
    imposer = subjectBefore(doc, s, imposer, ["Organization", "Country", "Place"]);
  }
  let imposerEntity = imposer === undefined ? undefined : s.mentions[imposer]!.entity;
  const windowFrom = imposer === undefined ? Math.max(0, triggerAt - 40) : relEnd(s, imposer);
  if (imposer !== undefined && rule.needsVerb && !IMPOSING.test(s.lower.slice(windowFrom, at)))
    imposerEntity = undefined;
  if (imposerEntity === undefined) {
    // "sanctions imposed on X by Y".
    const by = /^\s+by\s+(?:the\s+)?/.exec(ahead(s, relEnd(s, mi), 20));
    const n = by ? nextIndependent(s, mi) : undefined;
    if (n === undefined || relStart(s, n) !== relEnd(s, mi) + by![0].length) return false;
    imposerEntity = s.mentions[n]!.entity;
  }
  if (rule.realis && !realis(s, windowFrom, at, false)) return false;
  const object = imposerEntity!;
  if (s.mentions[mi]!.kind === "demonym") return false; // "assets of several Russian state firms": an adjective, not the target
  let first = mi;
  // "sanctions on Russia's two largest oil companies, Rosneft and Lukoil": the named companies are the targets.
  if (s.mentions[mi]!.possessive) {
    const n = nextIndependent(s, mi);
    if (
      n === undefined ||
      !/^'s?\s+(?:[a-z0-9-]+\s+){0,5}[a-z0-9-]+,?\s*$/.test(
        s.lower.slice(relEnd(s, mi), chainStart(s, n)),
      )
    )
      return false;
    first = n;
  }
  const targets = rule.everyone ? listedAfter(s, first) : [first, ...coordinatedAfter(s, first)];
  // "The EU and Britain announced sanctions on X": each coordinated imposer.
  const imposers = [object, ...(imposer === undefined ? [] : coordinatedImposers(doc, s, imposer))];
  let any = false;
  targets.forEach((j, n) => {
    for (const o of imposers)
      any =
        emitChecked(doc, emit, {
          type: "sanctioned_by",
          subject: s.mentions[j]!.entity!,
          object: o,
          sentence: s.index,
          confidence: rule.confidence - (n ? 0.05 : 0),
        }) || any;
  });
  return any;
}

/** Mentions coordinated after mi: "A, B and C" gives B and C; a bare comma counts only inside a list ending in "and". */
function coordinatedAfter(s: SentenceContext, mi: number): number[] {
  const out: number[] = [];
  let prev = mi;
  for (let j = nextIndependent(s, mi); j !== undefined; j = nextIndependent(s, j)) {
    const gap = s.lower.slice(relEnd(s, prev), chainStart(s, j));
    if (gap.length > 40 || !COORDINATION.test(gap)) break;
    out.push(j);
    if (/\band\b|as well as/.test(gap)) return out;
    prev = j;
  }
  // A list that never reached "and" was not a list ("with Nakasone, Kyodo News Service said").
  return [];
}

/** Organisations and countries coordinated before an imposer ("Canada and Japan imposed"). */
function coordinatedImposers(doc: DocumentContext, s: SentenceContext, mi: number): number[] {
  const out: number[] = [];
  let next = mi;
  for (let j = mi - 1; j >= 0; j--) {
    const m = s.mentions[j]!;
    if (m.entity === undefined || s.modifierOf[j]! >= 0) continue;
    if (
      !COORDINATION.test(s.lower.slice(relEnd(s, j), chainStart(s, next))) ||
      doc.entities[m.entity]!.type === "Person" ||
      doc.entities[m.entity]!.type === "Place"
    )
      break;
    out.push(m.entity);
    next = j;
  }
  return out;
}

/** Mentions coordinated before mi ("A, B and C met": for C, gives B and A). */
function coordinatedBefore(s: SentenceContext, mi: number): number[] {
  const out: number[] = [];
  let next = mi;
  for (let j = mi - 1; j >= 0; j--) {
    const m = s.mentions[j]!;
    if (m.entity === undefined || s.modifierOf[j]! >= 0) continue;
    const gap = s.lower.slice(relEnd(s, j), chainStart(s, next));
    if (gap.length > 40 || !COORDINATION.test(gap)) break;
    if (m.type === "Person" || m.type === "Organization") out.push(j);
    next = j;
  }
  return out;
}

/** The first object and every person named after it, up to a reporting verb ("..., X said"). */
function listedAfter(s: SentenceContext, mi: number): number[] {
  const out = [mi];
  for (let j = mi + 1; j < s.mentions.length; j++) {
    const m = s.mentions[j]!;
    if (m.entity === undefined || s.modifierOf[j]! >= 0) continue;
    const gap = s.lower.slice(relEnd(s, j - 1), relStart(s, j));
    if (
      /\b(?:said|says|told|according)\b/.test(gap) ||
      /^\s+(?:said|says|told)\b/.test(ahead(s, relEnd(s, j), 12))
    )
      break;
    // ", citing his ties to X", ", who ...": the list has ended.
    if (/,\s*(?:[a-z]+ing|who|which|because|after|over|for|as)\b/.test(gap)) break;
    if (m.type === "Person") out.push(j);
  }
  return out;
}

/** A guess (dateline, earlier sentence) is dropped when the same subject has a stated relation of that type. */
function dropWeakDuplicates(cands: Candidate[]): Candidate[] {
  const strong = new Set(cands.filter((c) => !c.guess).map((c) => `${c.type}|${c.subject}`));
  return cands.filter((c) => !c.guess || !strong.has(`${c.type}|${c.subject}`));
}

/** The country whose capital this place is ("Washington blacklisted X", "Moscow's ambassador"), creating it if needed. */
function governmentOf(doc: DocumentContext, place: number): number | undefined {
  const country = CAPITAL_OF.get(doc.entities[place]!.name);
  if (!country) return undefined;
  const found = doc.entities.findIndex((e) => e.type === "Country" && e.name === country);
  if (found >= 0) return found;
  doc.entities.push({
    type: "Country",
    name: country,
    surfaces: [],
    mentions: [],
    roles: [],
    firstSentence: 0,
  });
  return doc.entities.length - 1;
}

const GOVERNMENT_OBJECT = new Set(["sanctioned_by", "envoy_of", "leads"]);

function emitChecked(doc: DocumentContext, emit: Emit, c: Candidate): boolean {
  if (GOVERNMENT_OBJECT.has(c.type) && doc.entities[c.object]!.type === "Place") {
    const government = governmentOf(doc, c.object);
    if (government === undefined) return false;
    c = { ...c, object: government };
  }
  if (c.subject === c.object) return false;
  const st = doc.entities[c.subject]!.type;
  const ot = doc.entities[c.object]!.type;
  if (!allowsRelation(c.type, st, ot)) return false;
  emit(c);
  return true;
}

function tailRules(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  s.mentions.forEach((m, mi) => {
    if (m.entity === undefined || s.modifierOf[mi]! >= 0) return;
    if (m.type === "Pronoun" && !/^(?:him|her)$/i.test(m.text)) return;
    const t = tail(s, chainStart(s, mi));
    for (const rule of TAIL_RULES) {
      const match = rule.re.exec(t);
      if (!match) continue;
      if (applyTailRule(doc, s, mi, rule, match[0], emit)) return;
    }
  });
}

/** "Taking part in the talks were A, and B": every pair of people named after it met. */
function participantRule(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  const first = s.mentions.findIndex(
    (m, mi) =>
      m.entity !== undefined &&
      s.modifierOf[mi]! < 0 &&
      PARTICIPANTS.test(tail(s, chainStart(s, mi))),
  );
  if (first < 0) return;
  const people = s.mentions.flatMap((m, mi) =>
    mi >= first && m.type === "Person" && m.entity !== undefined && s.modifierOf[mi]! < 0
      ? [m.entity]
      : [],
  );
  const unique = [...new Set(people)];
  for (let a = 0; a < unique.length; a++)
    for (let b = a + 1; b < unique.length && b < 8; b++)
      emitChecked(doc, emit, {
        type: "met_with",
        subject: unique[a]!,
        object: unique[b]!,
        sentence: s.index,
        confidence: 0.75,
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
    // "A and B met C" is transitive: A and B are both subjects, not a pair that met.
    const metAfter =
      MET_AFTER_PAIR.test(afterB) &&
      !/^\s+(?:[a-z]+\s+)?(?:met|held\s+(?:[a-z-]+\s+){0,2}?(?:talks|meetings?|consultations))\s+(?:with\b|[A-Z])/.test(
        s.text.slice(relEnd(s, b), relEnd(s, b) + 60),
      );
    const b4 = BETWEEN.exec(before);
    // "a summit between A and B could follow" is not a meeting; "a meeting between A and B was held" is.
    const between =
      b4 !== null &&
      realis(s, 0, chainStart(s, mi), true) &&
      !UNREAL.test(afterB) &&
      (!b4[1] || HELD_AFTER.test(afterB));
    if (metAfter || between)
      emitChecked(doc, emit, {
        type: "met_with",
        subject: a,
        object: bEntity,
        sentence: s.index,
        confidence: 0.85,
      });
  });
}

const ROLE_AFTER =
  /^(?:'s?\s+|\s+)(?:[a-z-]+\s+){0,3}?(envoy|emissary|ambassador|representative|president|prime minister|premier|minister|chancellor|leader|head|chief|chairman|chairwoman|aide|adviser|advisor|spokesman|spokeswoman|spokesperson)\b(?!'s)(?!\s+(?!of\b|for\b|to\b|on\b|in\b|at\b|and\b|since\b|who\b)[a-z])/;
const COPULA_BEFORE =
  /(?:,|\bis|\bwas|\bbeen|\bbecame|\bbecomes|\bas|\bappointed|\bnamed|\belected|\bremains|\bremained)\s+(?:(?:a|an|the|new|now|also)\s+){0,3}$/;

/** "X has emerged as Y's key envoy", "X, Y's foreign minister", "X was appointed the new British Prime Minister". */
function roleAfterRules(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  s.mentions.forEach((m, mi) => {
    if (m.entity === undefined || m.type === "Pronoun" || s.modifierOf[mi]! >= 0) return;
    const after = ahead(s, relEnd(s, mi), 80);
    const r = ROLE_AFTER.exec(after);
    if (!r) return;
    // When a name follows the role, the title chain of that name already covers it.
    const rest = s.text.slice(relEnd(s, mi) + r[0].length, relEnd(s, mi) + r[0].length + 40);
    if (/^\s+(?:[A-Z][\p{L}.'-]*\s+)*[A-Z]/u.test(rest) && !/^\s+(?:of|to|for|in|on)\b/.test(rest))
      return;
    // "X, the chief of Y and the Kremlin's envoy": a second role in the same appositive.
    const before = tail(s, chainStart(s, mi), 100);
    if (
      !COPULA_BEFORE.test(before.slice(-60)) &&
      !/,\s+(?:the|a|an)\s+[^,;]{1,80}\s+and\s+(?:the\s+)?$/.test(before)
    )
      return;
    if (
      /\b(?:deputy|vice|assistant|possible|nominated|former)\s/.test(r[0]) &&
      !/envoy|ambassador|emissary|representative/.test(r[1]!)
    )
      return;
    if (/\b(?:possible|nominated|would-be|potential)\s/.test(r[0])) return;
    const appositive = /,\s*(?:(?:a|an|the|new|now|also)\s+){0,3}$/.test(
      tail(s, chainStart(s, mi), 30),
    );
    const sj = subjectBefore(doc, s, mi, ["Person"], undefined, appositive);
    if (sj === undefined) return;
    const word = r[1]!;
    const type = /envoy|emissary|ambassador|representative/.test(word)
      ? "envoy_of"
      : /aide|advis|spokes/.test(word)
        ? "aide_to"
        : "leads";
    if (type === "envoy_of" && /\bhigh\s+representative/.test(r[0])) return;
    emitChecked(doc, emit, {
      type,
      subject: s.mentions[sj]!.entity!,
      object: m.entity,
      sentence: s.index,
      confidence: 0.8,
      role: r[0].replace(/^'s?/, "").trim(),
    });
  });
}

// "X became Prime Minister", "X was sworn in as president": a head's office with no country named.
const BECAME_HEAD =
  /^(?:\s*,\s*who)?\s+(?:became|becomes|was\s+(?:named|appointed|elected|sworn\s+in\s+as)|has\s+been\s+(?:named|appointed|elected))\s+(?:the\s+)?(?:new\s+)?(prime\s+minister|president|chancellor|premier)\b(?!\s+(?:of|for)\b|'s)/;

/**
 * "Mr. Brown became Prime Minister" in a text that names Britain: the leaders table gives the
 * country such a leader led (gazetteer/leaders.ts).
 */
function becameHead(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  s.mentions.forEach((m, mi) => {
    if (m.entity === undefined || m.type !== "Person" || s.modifierOf[mi]! >= 0) return;
    const r = BECAME_HEAD.exec(ahead(s, relEnd(s, mi), 60));
    if (!r) return;
    const led = namedCountry(doc, leaderCountry(doc.entities[m.entity]!.name));
    if (led < 0) return;
    const role = r[1]!.replace(/\s+/g, " ");
    emitChecked(doc, emit, {
      type: "leads",
      subject: m.entity,
      object: led,
      sentence: s.index,
      confidence: 0.6,
      role,
    });
  });
}

/** "U.S. sanctions on", "Treasury and EU sanctions against": the imposers name the sanctions. */
const SANCTIONS_ON =
  /^\s+(?:(?:new|fresh|existing|sweeping|tough|tougher|financial|economic|sectoral|personal)\s+)?sanctions\s+(?:on|against)\s+(?:the\s+)?$/;

/** "Treasury sanctions on the Russian Direct Investment Fund remained in force": each named imposer sanctions each target. */
function modifierSanctions(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  if (!/\bsanctions\s+(?:on|against)\b/.test(s.lower)) return;
  s.mentions.forEach((m, mi) => {
    if (
      m.entity === undefined ||
      s.modifierOf[mi]! >= 0 ||
      (m.type !== "Country" && m.type !== "Organization")
    )
      return;
    // The first imposer only: "U.S. and EU sanctions" is read once, from "U.S.".
    if (mi > 0 && COORDINATION.test(s.lower.slice(relEnd(s, mi - 1), relStart(s, mi)))) return;
    const imposers = [mi, ...coordinatedAfter(s, mi)];
    const last = imposers[imposers.length - 1]!;
    const first = nextIndependent(s, last);
    if (
      first === undefined ||
      !SANCTIONS_ON.test(s.lower.slice(relEnd(s, last), chainStart(s, first)))
    )
      return;
    // "calls for U.S. sanctions on X", "possible EU sanctions against X": not (yet) imposed.
    if (UNREAL.test(tail(s, relStart(s, mi), 60))) return;
    for (const t of [first, ...coordinatedAfter(s, first)])
      for (const j of imposers)
        emitChecked(doc, emit, {
          type: "sanctioned_by",
          subject: s.mentions[t]!.entity!,
          object: s.mentions[j]!.entity!,
          sentence: s.index,
          confidence: 0.75,
        });
  });
}

/** "X, who remains under U.S. and EU sanctions": each named imposer sanctions the subject. */
function underSanctions(doc: DocumentContext, s: SentenceContext, emit: Emit): void {
  s.mentions.forEach((m, mi) => {
    if (
      m.entity === undefined ||
      s.modifierOf[mi]! >= 0 ||
      !/\bunder\s+$/.test(tail(s, relStart(s, mi), 20))
    )
      return;
    const imposers = [mi, ...coordinatedAfter(s, mi)];
    const last = imposers[imposers.length - 1]!;
    if (!/^\s+(?:[a-z-]+\s+)?(?:sanctions|restrictions)\b/.test(ahead(s, relEnd(s, last), 40)))
      return;
    if (UNREAL.test(tail(s, relStart(s, mi), 60))) return;
    const sj = subjectBefore(doc, s, mi, PARTY);
    if (sj === undefined) return;
    for (const j of imposers)
      emitChecked(doc, emit, {
        type: "sanctioned_by",
        subject: s.mentions[sj]!.entity!,
        object: s.mentions[j]!.entity!,
        sentence: s.index,
        confidence: 0.75,
      });
  });
}

/** "Kremlin envoys ...", "The Japanese ambassador ...": a sender whose envoy is named later. */
function unnamedEnvoySenders(doc: DocumentContext, s: SentenceContext): number[] {
  const out: number[] = [];
  s.mentions.forEach((m, mi) => {
    if (m.entity === undefined || (m.type !== "Country" && m.type !== "Organization")) return;
    const after = s.text.slice(relEnd(s, mi), relEnd(s, mi) + 40);
    if (
      /^(?:'s)?\s+(?:(?:[Ss]pecial|[Ss]enior|[Tt]op|[Cc]hief)\s+)?(?:[Ee]nvoys?|[Aa]mbassador|[Ee]missary)\b(?!\s+(?:to\s+)?[A-Z])/.test(
        after,
      ) &&
      s.modifierOf[mi]! < 0
    )
      out.push(m.entity);
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
    participantRule(doc, s, emit);
    roleAfterRules(doc, s, emit);
    becameHead(doc, s, emit);
    underSanctions(doc, s, emit);
    modifierSanctions(doc, s, emit);
    pendingSenders.push(...unnamedEnvoySenders(doc, s));
  }
  sideRelations(doc, [...out], emit);
  nominalHeads(doc, [...out], emit);
  headsOfEnvoys(doc, [...out], emit);
  aidesOfSeatedHeads(doc, [...out], emit);
  staffOfNominalHeads(doc, [...out], emit);
  headsOfPresidentsOffices(doc, [...out], emit);
  ministersOfNamedMinistries(doc, out, emit);
  companionVisits(doc, [...out], emit);
  companionOffices(doc, [...out], emit);
  counterpartOffices(doc, [...out], emit);
  groupMeetings(doc, emit);
  return dropWeakDuplicates(out);
}
