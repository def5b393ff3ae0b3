/**
 * Unnamed heads that point back at a named person: "the Ukrainian president", "The Russian
 * leader", "Finland's president". The country of the description is the country the person
 * leads when the person is the last one named before it (same or previous sentence) and no other
 * country is known for them.
 */
import type { Candidate, DocumentContext, Emit } from "./context";
import { relEnd, relStart } from "./context";
import { leaderCountry } from "./gazetteer/leaders";
import { namedCountries, personCountries } from "./relate-sides";

/** Head-of-state or government titles whose holder leads a country. */
const HEAD_ROLE = /(?:^|\s)(?:president|prime minister|premier|chancellor|king|queen|emir|crown prince)$/;
const NOT_HEAD = /\b(?:vice|deputy|former|ex|then)\b/;

/**
 * "U.S. envoy X" and "President Y's envoy X": a titled head whose envoy or aide serves a known
 * country leads that country. One pass over the candidates.
 */
export function headsOfEnvoys(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  const countries = personCountries(doc, cands);
  // Only a stated sender counts ("U.S. envoy X"): a post's destination or an employer's seat is weaker.
  const senders = new Map<number, number>();
  for (const c of cands) if (c.type === "envoy_of" && !c.guess && doc.entities[c.object]!.type === "Country") senders.set(c.subject, c.object);
  const done = new Set<number>();
  const stated = new Set(cands.filter((c) => (c.type === "leads" || c.type === "envoy_of") && doc.entities[c.object]!.type === "Country").map((c) => c.subject));
  // "Finland's Alexander Stubb" with "President Stubb" elsewhere: the head of that country.
  for (const [person, country] of namedCountries(doc)) {
    const role = doc.entities[person]!.roles.find((r) => HEAD_ROLE.test(r) && !NOT_HEAD.test(r));
    if (!role || stated.has(person) || doc.entities[person]!.type !== "Person") continue;
    const first = doc.entities[person]!.mentions[0];
    done.add(person);
    emit({ type: "leads", subject: person, object: country, sentence: first ? first[0] : 0, confidence: 0.55, role, crossSentence: true });
  }
  for (const c of cands) {
    if (c.type !== "envoy_of") continue;
    const boss = doc.entities[c.object]!;
    const country = senders.get(c.subject);
    if (boss.type !== "Person" || country === undefined || countries.has(c.object) || done.has(c.object) || stated.has(c.object)) continue;
    const role = boss.roles.find((r) => HEAD_ROLE.test(r) && !NOT_HEAD.test(r));
    if (!role) continue;
    done.add(c.object);
    emit({ type: "leads", subject: c.object, object: country, sentence: c.sentence, confidence: 0.6, role, crossSentence: true });
  }
}

// "<demonym> president|leader|prime minister" with no name after it (bounded, literal words).
const HEAD_AFTER = /^(?:'s)?\s+(?:(?:new|current|then)\s+)?(president|leader|prime\s+minister|premier|chancellor)\b/;

export function nominalHeads(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  const known = new Set(cands.filter((c) => (c.type === "leads" || c.type === "envoy_of") && doc.entities[c.object]!.type === "Country").map((c) => c.subject));
  let last: { person: number; sentence: number } | undefined;
  let lastEnd = 0;
  for (const s of doc.sentences) {
    s.mentions.forEach((m, j) => {
      if (m.entity === undefined) return;
      const type = doc.entities[m.entity]!.type;
      if (type === "Person" && m.type === "Person" && s.modifierOf[j]! < 0) {
        last = { person: m.entity, sentence: s.index };
        lastEnd = relEnd(s, j);
        return;
      }
      if (type !== "Country") return;
      const demonym = m.kind === "demonym" && s.lower.slice(Math.max(0, relStart(s, j) - 4), relStart(s, j)) === "the ";
      if (!demonym && !(m.possessive && m.kind === "country")) return;
      const r = HEAD_AFTER.exec(s.lower.slice(relEnd(s, j), relEnd(s, j) + 40));
      if (!r || /^\s+\p{Lu}/u.test(s.text.slice(relEnd(s, j) + r[0].length, relEnd(s, j) + r[0].length + 3))) return;
      if (!last || s.index - last.sentence > 1 || known.has(last.person)) return;
      // "X's envoy", "who is also Y's prime minister", "A called the Ukrainian leader": someone else.
      if (/^'s?\b/.test(s.lower.slice(relEnd(s, j) + r[0].length))) return;
      const before = s.lower.slice(Math.max(0, relStart(s, j) - 30), relStart(s, j));
      if (/\b(?:is|was|are|were|as|becomes?|became)\s+(?:also\s+|now\s+)?(?:the\s+)?$/.test(before)) return;
      if (last.sentence === s.index && !/[,;:]/.test(s.text.slice(lastEnd, relStart(s, j))) && relStart(s, j) - lastEnd < 30) return;
      const roles = doc.entities[last.person]!.roles;
      if (roles.some((x) => /envoy|ambassador|aide|adviser|advisor|spokes|secretary|deputy|vice|minister/.test(x))) return;
      known.add(last.person);
      emit({ type: "leads", subject: last.person, object: m.entity, sentence: s.index, confidence: 0.6, role: r[1]!.toLowerCase(), crossSentence: last.sentence !== s.index });
    });
  }
}

/**
 * "Foreign Minister X" with no country, in a text that names one "Russian Foreign Ministry": the
 * minister heads the ministry the text names (FORMAT: a named ministry takes the place of the country).
 */
export function ministersOfNamedMinistries(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  const stated = new Set(cands.filter((c) => c.type === "leads" || c.type === "envoy_of").map((c) => c.subject));
  const ministries = new Map<string, number[]>();
  doc.entities.forEach((e, i) => {
    const m = /^\S+\s+(Foreign|Defen[cs]e|Finance|Interior|Justice|Economy|Energy|Trade|Health)\s+Ministry$/.exec(e.name);
    if (e.type !== "Organization" || !m || e.mentions.length === 0) return;
    const key = m[1]!.toLowerCase().replace("defense", "defence");
    ministries.set(key, [...(ministries.get(key) ?? []), i]);
  });
  if (ministries.size === 0) return;
  doc.entities.forEach((e, i) => {
    if (e.type !== "Person" || stated.has(i)) return;
    for (const role of e.roles) {
      const m = /^(foreign|defen[cs]e|finance|interior|justice|economy|energy|trade|health)\s+minister$/.exec(role);
      const found = m ? ministries.get(m[1]!.replace("defense", "defence")) : undefined;
      if (!found || found.length !== 1) continue;
      const first = e.mentions[0];
      emit({ type: "leads", subject: i, object: found[0]!, sentence: first ? first[0] : 0, confidence: 0.55, role, crossSentence: true });
      return;
    }
  });
}

/** Seats of a head of state or government, by canonical organisation name: the head's title there. */
const SEATS: ReadonlyMap<string, { country: string; head: RegExp }> = new Map([
  ["Kremlin", { country: "Russia", head: /(?:^|\s)president$/ }],
  ["White House", { country: "United States", head: /(?:^|\s)president$/ }],
]);
// Not a spokesperson: "Kremlin spokesman" speaks for the body, not for the person who heads it.
const AIDE_ROLE = /\b(?:aide|adviser|advisor)$/;

/**
 * "Kremlin aide Yuri Ushakov" with "President Vladimir Putin" leading Russia in the same text: an
 * aide of the seat is the aide of the one person who holds the head's title there, or, when no one
 * does, of the one person named whom the leaders table knows as that country's leader.
 */
export function aidesOfSeatedHeads(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  const hasAideTo = new Set(cands.filter((c) => c.type === "aide_to").map((c) => c.subject));
  for (const c of cands) {
    if (c.type !== "works_for" || hasAideTo.has(c.subject)) continue;
    const seat = SEATS.get(doc.entities[c.object]!.name);
    if (!seat || !doc.entities[c.subject]!.roles.some((r) => AIDE_ROLE.test(r))) continue;
    const heads = new Set(
      cands
        .filter((l) => l.type === "leads" && doc.entities[l.object]!.name === seat.country && l.subject !== c.subject)
        .filter((l) => doc.entities[l.subject]!.roles.some((r) => seat.head.test(r) && !NOT_HEAD.test(r)))
        .map((l) => l.subject),
    );
    // No titled head in the text: the one person it names who has led that country (the leaders
    // table), as news writes "Kremlin aide Yuri Ushakov" next to a bare "Vladimir Putin".
    const known =
      heads.size > 0
        ? heads
        : new Set(
            doc.entities
              .map((e, i) => ({ e, i }))
              .filter(({ e, i }) => i !== c.subject && e.type === "Person" && leaderCountry(e.name) === seat.country)
              .map(({ i }) => i),
          );
    if (known.size !== 1) continue;
    hasAideTo.add(c.subject);
    const confidence = heads.size > 0 ? 0.6 : 0.5;
    emit({ type: "aide_to", subject: c.subject, object: [...known][0]!, sentence: c.sentence, confidence, role: c.role, crossSentence: true });
  }
}
