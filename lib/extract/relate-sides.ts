/**
 * Sides of a meeting across sentences. A meeting stated once ("A held talks with B") is often
 * filled in by the sentences around it: "The American team was led by X and Y. The Ukrainian
 * delegation included Z", "A was joined by X", "X also attended", "They sat across from Y".
 * Each such statement adds people to one side; every person then met every person on the other
 * side (never someone on their own side).
 *
 * A side is known by its country when one is stated (a demonym before "delegation", "team",
 * "side") or by a person already on it. Every pattern runs on a bounded slice of one sentence.
 */
import type { Candidate, DocumentContext, Emit, SentenceContext } from "./context";
import { relEnd, relStart, UNREAL } from "./context";
import { GAZETTEER } from "./gazetteer";
import { COUNTRY_OF_BODY } from "./gazetteer/organizations";
import { tokenize } from "./tokens";

/** The country of a body: a known government body, or a name opening with a country ("Russia's fund", "Polish National Bank"). */
function bodyCountry(name: string): string | undefined {
  const known = COUNTRY_OF_BODY.get(name);
  if (known) return known;
  const tokens = tokenize(name).slice(0, 3);
  let key = "";
  let found: string | undefined;
  for (let i = 0; i < tokens.length - 1; i++) {
    key = i === 0 ? tokens[i]!.lower : `${key} ${tokens[i]!.lower}`;
    const hit = GAZETTEER.get(key)?.find((h) => h.kind === "country" || h.kind === "demonym");
    if (hit) found = hit.canonical;
  }
  return found;
}

interface Side {
  country?: number;
  members: number[];
}

interface Frame {
  sentence: number;
  sides: [Side, Side];
}

/** Sentences after a meeting in which its sides can still be filled in. */
const WINDOW = 2;

const GROUP = String.raw`(?:delegation|delegations|team|side|negotiators|officials)`;
// "<country> delegation was led by", "<country>'s team, headed by", "<country>'s by": bounded gaps.
const LED_BY = new RegExp(
  String.raw`^(?:'s?)?\s+(?:[a-z-]+\s+){0,2}?${GROUP}\b[^.;]{0,40}?\b(?:led|headed)\s+by\s+|^'s\s+by\s+|^\s+${GROUP}\s+by\s+`,
);
const INCLUDED = new RegExp(
  String.raw`^(?:'s?)?\s+(?:[a-z-]+\s+){0,2}?${GROUP}\s+(?:(?:also|again)\s+)?(?:included|includes|including|made\s+up\s+of|was\s+made\s+up\s+of|comprised|consisted\s+of|comprising)\s+`,
);
/** "was joined by", "was accompanied by", "and Putin by": the people after it are on the anchor's side. */
const JOINED_BY =
  /^\s*(?:,[^,;]{1,100},\s*)?(?:was|were|had\s+been)\s+(?:also\s+)?(?:joined|accompanied|flanked)\s+(?:[a-z]+\s+){0,3}?by\s+|^\s+by\s+/;
/** "X also attended", "X and Y joined the American side", "X also sat in on the talks". */
const ATTENDED_AFTER =
  /^\s*(?:,[^;]{1,120},\s*)?(?:also\s+)?(?:attended|joined\s+(?:the\s+)?(?:talks|meeting|session|[a-z]+\s+side)|took\s+part|sat\s+in\s+on)\b/;
/** "was also attended by X and by Y". */
const ATTENDED_BY = /\b(?:was|were)\s+(?:also\s+)?attended\s+by\s+(?:the\s+)?/;
/** "They sat across from X", "faced X": the people after it are on the other side. */
const ACROSS = /\b(?:sat\s+across\s+from|sat\s+opposite|faced)\s+/;
/** "held talks with a", "sat down with the", "met": before a country's delegation, a meeting with it. */
const NEW_MEETING =
  /\b(?:talks|met|meeting|meetings|sat\s+down|negotiations)\b[^.;]{0,60}?\bwith\s+(?:a|an|the)\s+$|\bmet\s+(?:a|an|the)\s+$/;
/** "(The talks) were opened by X". */
const OPENED_BY = /\b(?:was|were)\s+(?:formally\s+)?opened\s+by\s+/;
const MEETING_WORD = /\b(?:talks|met|meeting|meetings|negotiations|session|sat\s+down|summit)\b/;
const BLOCKERS = new Set(["to", "of", "for", "from", "under", "than", "about"]);

/** Person mentions after `from` (sentence offset) that are named as members, up to a clause end. */
function membersAfter(
  doc: DocumentContext,
  s: SentenceContext,
  from: number,
  until = s.text.length,
): number[] {
  const out: number[] = [];
  for (let j = 0; j < s.mentions.length; j++) {
    const m = s.mentions[j]!;
    const at = relStart(s, j);
    if (at < from || at >= until || m.entity === undefined || s.modifierOf[j]! >= 0) continue;
    if (m.type !== "Person" || m.possessive || doc.entities[m.entity]!.type !== "Person") continue;
    const k = s.tokens.findIndex((t) => t.start === s.chains[j]!.start);
    const before = s.tokens[(k < 0 ? m.tokStart : k) - 1]?.lower;
    if (before !== undefined && BLOCKERS.has(before) && s.chains[j]!.start - s.start > from)
      continue;
    const gap = s.lower.slice(Math.max(from, relEnd(s, j) - 200), at);
    if (
      /[.;]\s/.test(gap) ||
      (/\b(?:who|which|said|says|told)\b/.test(s.lower.slice(from, at).slice(-60)) &&
        out.length > 0)
    )
      break;
    if (!out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}

/** The subjects right before `at` ("A and B also attended", "X, who later joined"): the nearest person and those coordinated with it. */
function membersBefore(doc: DocumentContext, s: SentenceContext, at: number): number[] {
  const out: number[] = [];
  let edge = at;
  for (let j = s.mentions.length - 1; j >= 0; j--) {
    const m = s.mentions[j]!;
    if (relEnd(s, j) > edge || m.entity === undefined || s.modifierOf[j]! >= 0) continue;
    const gap = s.lower.slice(relEnd(s, j), edge);
    // Bounded: an optional appositive, "who", adverbs; or a coordinator between two subjects.
    const ok =
      out.length === 0
        ? /^\s*(?:,[^;]{1,120},\s*|,\s*)?(?:who\s+)?(?:[a-z]+\s+){0,3}$/.test(gap)
        : /^\s*(?:,\s*|,?\s*and\s+)$/.test(gap);
    if (!ok || m.possessive) break;
    if (doc.entities[m.entity]!.type !== "Person") break;
    if (!out.includes(m.entity)) out.push(m.entity);
    edge = s.chains[j]!.start - s.start;
  }
  return out;
}

/** The country each person serves, from the relations found so far (title chains, "Kremlin aide"); one pass. */
export function personCountries(doc: DocumentContext, cands: Candidate[]): Map<number, number> {
  const out = namedCountries(doc);
  for (const c of cands) {
    const o = doc.entities[c.object]!;
    if ((c.type === "leads" || c.type === "envoy_of") && o.type === "Country" && !c.guess)
      out.set(c.subject, c.object);
    if (out.has(c.subject)) continue;
    if ((c.type === "leads" || c.type === "envoy_of") && o.type === "Country")
      out.set(c.subject, c.object);
    else if ((c.type === "works_for" || c.type === "leads") && o.type === "Organization") {
      const name = bodyCountry(o.name);
      const country =
        name === undefined
          ? -1
          : doc.entities.findIndex((e) => e.type === "Country" && e.name === name);
      if (country >= 0) out.set(c.subject, country);
    }
  }
  return out;
}

/** "Finland's Alexander Stubb": people with a country named right before them and no title. */
export function namedCountries(doc: DocumentContext): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of doc.sentences) {
    s.mentions.forEach((m, j) => {
      const chain = s.chains[j]!;
      if (
        m.entity === undefined ||
        m.type !== "Person" ||
        out.has(m.entity) ||
        chain.roleWords.length > 0
      )
        return;
      const party = chain.parties
        .map((p) => s.mentions[p]!.entity)
        .find((e) => e !== undefined && doc.entities[e]!.type === "Country");
      if (party !== undefined) out.set(m.entity, party);
    });
  }
  return out;
}

interface Statement {
  sentence: number;
  /** A meeting stated in this sentence: the people (or the country's side) meeting these members. */
  newMeeting?: { members: number[]; country?: number };
  country?: number;
  anchor?: number;
  opposite?: boolean;
  /** Hosts who opened the talks: they met everyone on both sides. */
  host?: boolean;
  members: number[];
}

/** The side statements of one sentence. */
function statementsOf(doc: DocumentContext, s: SentenceContext): Statement[] {
  const out: Statement[] = [];
  // Planned, denied or hypothetical: judged on the clause up to the trigger, not on appositives after it.
  const unreal = (at: number) => UNREAL.test(s.lower.slice(Math.max(0, at - 120), at));
  const countries = s.mentions.flatMap((m, j) =>
    m.entity !== undefined && s.modifierOf[j]! < 0 && doc.entities[m.entity]!.type === "Country"
      ? [j]
      : [],
  );
  countries.forEach((j, n) => {
    const after = s.lower.slice(relEnd(s, j), relEnd(s, j) + 80);
    const led = LED_BY.exec(after) ?? INCLUDED.exec(after);
    if (!led || unreal(relEnd(s, j) + led[0].length)) return;
    const next = countries[n + 1];
    const until = next === undefined ? s.text.length : relStart(s, next);
    const members = membersAfter(doc, s, relEnd(s, j) + led[0].length, until);
    if (!members.length) return;
    // "A held talks with a Ukrainian delegation led by X": a meeting of its own.
    const before = s.lower.slice(Math.max(0, relStart(s, j) - 100), relStart(s, j));
    const meeting = NEW_MEETING.exec(before);
    if (meeting) {
      const at = relStart(s, j) - before.length + meeting.index;
      const subjects = membersBefore(doc, s, at);
      const subjectCountry = subjects.length
        ? undefined
        : s.mentions.find(
            (m, q) =>
              m.entity !== undefined &&
              relEnd(s, q) <= at &&
              doc.entities[m.entity]!.type === "Country",
          )?.entity;
      out.push({
        sentence: s.index,
        country: s.mentions[j]!.entity!,
        members,
        newMeeting: { members: subjects, country: subjectCountry },
      });
    } else out.push({ sentence: s.index, country: s.mentions[j]!.entity!, members });
  });
  // "The delegations were led by A and by B": A and B head opposite sides.
  const both = /\bdelegations\s+(?:were\s+)?(?:again\s+)?(?:led|headed)\s+by\s+/.exec(s.lower);
  if (both && !unreal(both.index + both[0].length)) {
    const split = s.lower.indexOf(" and by ", both.index);
    if (split > 0) {
      const a = membersAfter(doc, s, both.index + both[0].length, split);
      const b = membersAfter(doc, s, split + 8);
      if (a.length && b.length) {
        out.push({ sentence: s.index, members: a });
        out.push({ sentence: s.index, anchor: a[0], opposite: true, members: b.slice(0, 1) });
      }
    }
  }
  s.mentions.forEach((m, j) => {
    if (
      m.entity === undefined ||
      s.modifierOf[j]! >= 0 ||
      doc.entities[m.entity]!.type !== "Person"
    )
      return;
    const after = s.lower.slice(relEnd(s, j), relEnd(s, j) + 140);
    const joined = JOINED_BY.exec(after);
    if (
      joined &&
      !(joined[0].trim() === "by" && out.length === 0) &&
      !unreal(relEnd(s, j) + joined[0].length)
    ) {
      const start = relEnd(s, j) + joined[0].length;
      const comma = /,\s+and\s+[a-z]/i.exec(s.text.slice(start));
      const members = membersAfter(doc, s, start, comma ? start + comma.index : s.text.length);
      if (members.length) out.push({ sentence: s.index, anchor: m.entity, members });
    }
  });
  const verb = /(?:^|\s)(?:also\s+)?(?:attended|joined|took\s+part|sat\s+in\s+on)\b/.exec(s.lower);
  if (
    verb &&
    ATTENDED_AFTER.test(s.lower.slice(verb.index)) &&
    !unreal(verb.index + verb[0].length)
  ) {
    const members = membersBefore(doc, s, verb.index);
    const along = /^[^,.;]{0,60}?\balong\s+with\s+/.exec(s.lower.slice(verb.index));
    if (along && members.length)
      members.push(
        ...membersAfter(doc, s, verb.index + along[0].length).filter((e) => !members.includes(e)),
      );
    const side = /joined\s+(?:the\s+)?([a-z.]+)\s+side\b/.exec(s.lower.slice(verb.index));
    let country: number | undefined;
    if (side) {
      const cm = s.mentions.find(
        (m) =>
          m.entity !== undefined &&
          relStart(s, s.mentions.indexOf(m)) > verb.index &&
          doc.entities[m.entity]!.type === "Country",
      );
      country = cm?.entity;
    }
    if (members.length) out.push({ sentence: s.index, country, members });
  }
  const by = ATTENDED_BY.exec(s.lower);
  if (by && !unreal(by.index + by[0].length)) {
    const members = membersAfter(doc, s, by.index + by[0].length);
    if (members.length) out.push({ sentence: s.index, members });
  }
  // "Turkish Foreign Minister X opened the session", "They were opened by X": the host met both sides.
  const opened = OPENED_BY.exec(s.lower);
  if (opened && !unreal(opened.index + opened[0].length)) {
    const members = membersAfter(doc, s, opened.index + opened[0].length);
    if (members.length) out.push({ sentence: s.index, host: true, members });
  }
  const opener = /\bopened\s+(?:the\s+)?(?:talks|session|meeting|negotiations|round)\b/.exec(
    s.lower,
  );
  if (opener && !unreal(opener.index)) {
    const members = membersBefore(doc, s, opener.index);
    if (members.length) out.push({ sentence: s.index, host: true, members });
  }
  const across = ACROSS.exec(s.lower.slice(0, 200));
  if (across && !unreal(across.index + across[0].length)) {
    const members = membersAfter(doc, s, across.index + across[0].length);
    if (members.length && /^\s*they\b/i.test(s.text))
      out.push({ sentence: s.index, opposite: true, members });
  }
  return out;
}

/** Meetings stated in one sentence: the two sides of its met_with candidates. */
function framesOf(
  doc: DocumentContext,
  pairs: Candidate[],
  countries: Map<number, number>,
  sentence: number,
): Frame[] {
  if (pairs.length === 0) return [];
  const [a, b] = [pairs[0]!.subject, pairs[0]!.object];
  const sideA = [
    ...new Set(
      pairs.flatMap((p) => (p.object === b ? [p.subject] : p.subject === b ? [p.object] : [])),
    ),
  ];
  const sideB = [
    ...new Set(
      pairs.flatMap((p) => (p.subject === a ? [p.object] : p.object === a ? [p.subject] : [])),
    ),
  ];
  const side = (members: number[]): Side => ({
    members: members.filter((e) => doc.entities[e]!.type === "Person"),
    country: members.map((e) => countries.get(e)).find((c) => c !== undefined),
  });
  return [{ sentence, sides: [side(sideA), side(sideB)] }];
}

/** Cross-side meetings from side statements near a stated meeting. */
export function sideRelations(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  let frame: Frame | undefined;
  let lastSide: Side | undefined;
  let pending: Side[] = [];
  const countries = personCountries(doc, cands);
  const meetings = new Map<number, Candidate[]>();
  for (const c of cands) {
    if (c.type !== "met_with") continue;
    const list = meetings.get(c.sentence);
    if (list) list.push(c);
    else meetings.set(c.sentence, [c]);
  }
  let hosts: { sentence: number; members: number[] } | undefined;
  let expired: Frame | undefined;
  const meetHosts = (sentence: number) => {
    if (!frame || !hosts || sentence - hosts.sentence > WINDOW) return;
    for (const h of hosts.members)
      for (const side of frame.sides)
        for (const e of side.members)
          if (e !== h)
            emit({
              type: "met_with",
              subject: h,
              object: e,
              sentence,
              confidence: 0.55,
              crossSentence: true,
            });
  };
  const cross = (sentence: number) => {
    emitCross(doc, frame!, sentence, emit, countries);
    meetHosts(sentence);
  };
  for (const s of doc.sentences) {
    const found = framesOf(doc, meetings.get(s.index) ?? [], countries, s.index);
    if (found.length) {
      frame = found[0];
      lastSide = frame!.sides[1];
      pending = [];
    }
    if (frame && s.index - frame.sentence > WINDOW) {
      expired = frame;
      frame = undefined;
      lastSide = undefined;
    }
    for (const st of statementsOf(doc, s)) {
      // "A met B. ... B was accompanied by C": a statement about a member of a meeting a little
      // further back still fills in that meeting.
      if (
        !frame &&
        expired &&
        st.anchor !== undefined &&
        !st.opposite &&
        s.index - expired.sentence <= 2 * WINDOW &&
        expired.sides.some((x) => x.members.includes(st.anchor!))
      ) {
        frame = expired;
        expired = undefined;
      }
      if (st.newMeeting) {
        const subjectSide = st.newMeeting.members.length
          ? {
              country: frame?.sides.find((x) =>
                st.newMeeting!.members.some((e) => x.members.includes(e)),
              )?.country,
              members: st.newMeeting.members,
            }
          : frame?.sides.find(
              (x) => x.country !== undefined && x.country === st.newMeeting!.country,
            );
        if (subjectSide) {
          frame = {
            sentence: s.index,
            sides: [
              {
                country: subjectSide.country,
                members: [...new Set([...subjectSide.members, ...st.newMeeting.members])],
              },
              { country: st.country, members: [...st.members] },
            ],
          };
          lastSide = frame.sides[1];
          cross(s.index);
        }
        continue;
      }
      if (st.host) {
        // Hosts meet both sides, including members named after them ("They were opened by X. A's team was led by ...").
        hosts = { sentence: s.index, members: st.members };
        if (frame) meetHosts(s.index);
        continue;
      }
      const memberCountry =
        st.country ?? st.members.map((e) => countries.get(e)).find((c) => c !== undefined);
      // "A was joined by B and C" before any meeting: a side of its own, known by A's country.
      if (
        !frame &&
        st.anchor !== undefined &&
        !st.opposite &&
        countries.has(st.anchor) &&
        nearMeeting(doc, s.index)
      ) {
        const country = countries.get(st.anchor)!;
        const same = pending.find((p) => p.country === country);
        if (same) same.members.push(st.anchor, ...st.members);
        else pending.push({ country, members: [st.anchor, ...st.members] });
        continue;
      }
      const opposed =
        st.anchor !== undefined
          ? { members: [st.anchor] }
          : pending.length === 1
            ? pending[0]
            : undefined;
      if (!frame && st.opposite && opposed && nearMeeting(doc, s.index)) {
        frame = { sentence: s.index, sides: [opposed, { members: [...st.members] }] };
        pending = [];
        cross(s.index);
        lastSide = frame.sides[1];
        continue;
      }
      if (!frame) {
        // Two sides of different countries named near a meeting word: a meeting of those sides.
        if (st.country === undefined || !nearMeeting(doc, s.index)) continue;
        const same = pending.find((p) => p.country === st.country);
        if (same) same.members.push(...st.members);
        else pending.push({ country: st.country, members: [...st.members] });
        if (pending.length === 2) {
          frame = { sentence: s.index, sides: [pending[0]!, pending[1]!] };
          pending = [];
          cross(s.index);
          lastSide = frame.sides[1];
        }
        continue;
      }
      let side: Side | undefined;
      if (st.anchor !== undefined) {
        const own = frame.sides.find((x) => x.members.includes(st.anchor!));
        side = st.opposite ? frame.sides.find((x) => x !== own) : own;
      } else if (st.opposite && lastSide) side = frame.sides.find((x) => x !== lastSide);
      else if (memberCountry !== undefined) {
        side =
          frame.sides.find((x) => x.country === memberCountry) ??
          frame.sides.find(
            (x) =>
              x.country === undefined &&
              frame!.sides.some(
                (y) => y !== x && y.country !== undefined && y.country !== memberCountry,
              ),
          );
      } else side = lastSide;
      if (!side) continue;
      if (side.country === undefined && memberCountry !== undefined) side.country = memberCountry;
      for (const e of st.members)
        if (!frame.sides.some((x) => x.members.includes(e))) side.members.push(e);
      lastSide = side;
      frame.sentence = s.index;
      cross(s.index);
    }
  }
}

function nearMeeting(doc: DocumentContext, i: number): boolean {
  for (let k = Math.max(0, i - WINDOW); k <= Math.min(doc.sentences.length - 1, i + 1); k++) {
    const lower = doc.sentences[k]!.lower;
    const m = MEETING_WORD.exec(lower);
    if (m && !UNREAL.test(lower.slice(Math.max(0, m.index - 40), m.index + m[0].length)))
      return true;
  }
  return false;
}

/** Offices of a government: their holder leads the country of the side they sit on. */
const GOVERNMENT_ROLE =
  /^(?:(?:foreign|defen[cs]e|finance|economy|energy|commerce|trade|interior|justice|health|education|home|treasury|first|prime)\s+)*(?:minister|president|prime minister|premier|chancellor)$|^(?:foreign|defen[cs]e|energy|commerce|treasury|home|interior|trade|health|education|justice)\s+secretary$/;

/** "The Ukrainian delegation included Foreign Minister X": a minister on a country's side leads that country. */
function emitOffices(
  doc: DocumentContext,
  side: Side,
  sentence: number,
  countries: Map<number, number>,
  emit: Emit,
): void {
  if (side.country === undefined) return;
  for (const e of side.members) {
    const known = countries.get(e);
    if (known !== undefined) continue;
    const role = doc.entities[e]!.roles.find((r) => GOVERNMENT_ROLE.test(r));
    if (role)
      emit({
        type: "leads",
        subject: e,
        object: side.country,
        sentence,
        confidence: 0.6,
        role,
        crossSentence: true,
      });
    countries.set(e, side.country);
  }
}

function emitCross(
  doc: DocumentContext,
  frame: Frame,
  sentence: number,
  emit: Emit,
  countries: Map<number, number>,
): void {
  const [a, b] = frame.sides;
  for (const side of frame.sides) emitOffices(doc, side, sentence, countries, emit);
  for (const x of a.members)
    for (const y of b.members)
      if (x !== y && doc.entities[x]!.type === "Person" && doc.entities[y]!.type === "Person")
        emit({
          type: "met_with",
          subject: x,
          object: y,
          sentence,
          confidence: 0.6,
          crossSentence: true,
        });
}

/**
 * "Zelensky arrived, accompanied by Foreign Minister X": a minister with no country of their own in
 * the text, in the entourage of someone whose country is known, holds that country's office.
 */
export function companionOffices(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  const countries = personCountries(doc, cands);
  doc.sentences.forEach((s, sentence) => {
    const by = /\baccompanied\s+by\s+(?:(?:his|her|their|the)\s+)?/.exec(s.lower);
    if (!by) return;
    const companions = membersAfter(doc, s, by.index + by[0].length);
    // Whom they accompany: the subject right before, or the traveller of "X arrived in P, accompanied by".
    const before = membersBefore(doc, s, by.index);
    const travellers = cands.filter(
      (c) =>
        c.type === "visited" &&
        !c.guess &&
        c.sentence === sentence &&
        !companions.includes(c.subject),
    );
    const heads = before.length > 0 ? before : [...new Set(travellers.map((c) => c.subject))];
    const country = heads.length === 1 ? countries.get(heads[0]!) : undefined;
    if (country === undefined) return;
    for (const e of companions) {
      if (countries.has(e)) continue;
      const role = doc.entities[e]!.roles.find((r) => GOVERNMENT_ROLE.test(r));
      if (role)
        emit({
          type: "leads",
          subject: e,
          object: country,
          sentence,
          confidence: 0.55,
          role,
          crossSentence: true,
        });
    }
  });
}

/** "X arrived in P, accompanied by A and B": the companions travelled to P too. */
export function companionVisits(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  for (const c of cands) {
    if (c.type !== "visited" || c.guess) continue;
    const s = doc.sentences[c.sentence]!;
    const by = /\baccompanied\s+by\s+(?:(?:his|her|their|the)\s+)?/.exec(s.lower);
    if (!by) continue;
    for (const e of membersAfter(doc, s, by.index + by[0].length)) {
      if (e !== c.subject)
        emit({
          type: "visited",
          subject: e,
          object: c.object,
          sentence: c.sentence,
          confidence: c.confidence - 0.1,
        });
    }
  }
}

/**
 * "Turkish Foreign Minister X held talks with his Russian counterpart Y": Y holds X's office for the
 * country named before "counterpart", when X's is an office of a government that leads its country.
 */
export function counterpartOffices(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  const offices = new Map<number, { role: string; country: number }>();
  for (const c of cands) {
    if (
      c.type === "leads" &&
      c.role !== undefined &&
      GOVERNMENT_ROLE.test(c.role) &&
      doc.entities[c.object]!.type === "Country" &&
      !offices.has(c.subject)
    ) {
      offices.set(c.subject, { role: c.role, country: c.object });
    }
  }
  if (offices.size === 0) return;
  const leading = new Set(
    cands
      .filter((c) => c.type === "leads" && doc.entities[c.object]!.type === "Country")
      .map((c) => c.subject),
  );
  for (const s of doc.sentences) {
    if (!s.lower.includes("counterpart")) continue;
    s.mentions.forEach((m, j) => {
      if (m.entity === undefined || doc.entities[m.entity]!.type !== "Country") return;
      if (!/\b(?:his|her)\s+$/.test(s.lower.slice(Math.max(0, relStart(s, j) - 6), relStart(s, j))))
        return;
      const after = /^\s+counterpart\s*,?\s+/.exec(s.lower.slice(relEnd(s, j), relEnd(s, j) + 20));
      if (!after) return;
      const y = s.mentions.findIndex(
        (n, k) =>
          k > j && n.entity !== undefined && relStart(s, k) === relEnd(s, j) + after[0].length,
      );
      const counterpart = y < 0 ? undefined : s.mentions[y]!.entity!;
      if (
        counterpart === undefined ||
        doc.entities[counterpart]!.type !== "Person" ||
        leading.has(counterpart)
      )
        return;
      // Whose counterpart: the nearest person before it who holds an office of a government.
      let office: { role: string; country: number } | undefined;
      for (let k = j - 1; k >= 0 && !office; k--) {
        const e = s.mentions[k]!.entity;
        if (e !== undefined && e !== counterpart && doc.entities[e]!.type === "Person")
          office = offices.get(e);
      }
      if (!office || office.country === m.entity) return;
      emit({
        type: "leads",
        subject: counterpart,
        object: m.entity,
        sentence: s.index,
        confidence: 0.6,
        role: office.role,
      });
    });
  }
}

/** "sat down with seven European leaders", "met a group of foreign ministers": a meeting with a group whose members come later. */
const GROUP_MEETING =
  /\b(?:met(?:\s+with)?|sat\s+down\s+with|hosted|held\s+talks\s+with|received)\s+(?:a\s+group\s+of\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+dozen)\s+)(?:[a-z-]+\s+){0,2}?(?:leaders|officials|ministers|counterparts)\b/;
/** ", who had flown to ": where the group travelled from, up to the place. */
const GROUP_TRAVEL =
  /^\s*,?\s*who\s+(?:had\s+)?(?:flown|flew|travell?ed|came|come)\s+(?:in\s+)?to\s+(?:the\s+)?$/;
/** "The European group included A, B and C": the members. */
const GROUP_MEMBERS =
  /\b(?:the\s+)?(?:[a-z-]+\s+)?(?:group|leaders|visitors)\s+(?:also\s+)?(?:included|includes|comprised|consisted\s+of)\s+/;
const ALSO_ATTENDED = /\balso\s+(?:attended|joined|took\s+part)\b/;
/** Sentences after the meeting in which the group's members may be named. */
const GROUP_WINDOW = 3;

/**
 * "Trump sat down with seven European leaders who had flown to Washington. ... The European group
 * included A, B and C. D also attended.": the subject met each member, and each member travelled
 * where the group did. Only when the text names the members within a few sentences.
 */
export function groupMeetings(doc: DocumentContext, emit: Emit): void {
  doc.sentences.forEach((s, i) => {
    const g = GROUP_MEETING.exec(s.lower);
    if (!g || UNREAL.test(s.lower.slice(Math.max(0, g.index - 40), g.index + g[0].length))) return;
    // The sentence's subject: the person it opens with.
    const first = s.mentions.findIndex(
      (m) => m.entity !== undefined && doc.entities[m.entity]!.type === "Person",
    );
    if (
      first < 0 ||
      s.chains[first]!.start - s.start > 2 ||
      relEnd(s, first) > g.index ||
      s.mentions[first]!.possessive
    )
      return;
    const subject = s.mentions[first]!.entity!;
    const end = g.index + g[0].length;
    const place = s.mentions.findIndex(
      (m, j) =>
        relStart(s, j) >= end && m.entity !== undefined && doc.entities[m.entity]!.type === "Place",
    );
    const travelled =
      place >= 0 && GROUP_TRAVEL.test(s.lower.slice(end, relStart(s, place)))
        ? s.mentions[place]!.entity
        : undefined;
    for (let k = i + 1; k <= Math.min(doc.sentences.length - 1, i + GROUP_WINDOW); k++) {
      const t = doc.sentences[k]!;
      const listed = GROUP_MEMBERS.exec(t.lower);
      if (!listed) continue;
      const members = membersAfter(doc, t, listed.index + listed[0].length).map((e) => ({
        e,
        sentence: k,
      }));
      if (members.length < 2) return;
      const next = doc.sentences[k + 1];
      const also = next ? ALSO_ATTENDED.exec(next.lower) : null;
      if (next && also)
        members.push(...membersBefore(doc, next, also.index).map((e) => ({ e, sentence: k + 1 })));
      for (const { e, sentence } of members) {
        if (e === subject) continue;
        emit({
          type: "met_with",
          subject,
          object: e,
          sentence,
          confidence: 0.6,
          crossSentence: true,
        });
        if (travelled !== undefined)
          emit({
            type: "visited",
            subject: e,
            object: travelled,
            sentence: i,
            confidence: 0.6,
            crossSentence: true,
          });
      }
      return;
    }
  });
}
