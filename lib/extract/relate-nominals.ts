/**
 * Unnamed heads that point back at a named person: "the Ukrainian president", "The Russian
 * leader", "Finland's president". The country of the description is the country the person
 * leads when the person is the last one named before it (same or previous sentence) and no other
 * country is known for them.
 */
import type { Candidate, DocumentContext, Emit } from "./context";
import { relEnd, relStart } from "./context";
import { leaderCountry } from "./gazetteer/leaders";
import { entityByName } from "./relate-chains";
import { namedCountries, personCountries } from "./relate-sides";

/** Head-of-state or government titles whose holder leads a country. */
const HEAD_ROLE =
  /(?:^|\s)(?:president|prime minister|premier|chancellor|king|queen|emir|crown prince)$/;
const NOT_HEAD = /\b(?:vice|deputy|former|ex|then)\b/;

/**
 * "U.S. envoy X" and "President Y's envoy X": a titled head whose envoy or aide serves a known
 * country leads that country. One pass over the candidates.
 */
export function headsOfEnvoys(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  const countries = personCountries(doc, cands);
  // Only a stated sender counts ("U.S. envoy X"): a post's destination or an employer's seat is weaker.
  const senders = new Map<number, number>();
  for (const c of cands)
    if (c.type === "envoy_of" && !c.guess && doc.entities[c.object]!.type === "Country")
      senders.set(c.subject, c.object);
  const done = new Set<number>();
  const stated = new Set(
    cands
      .filter(
        (c) =>
          (c.type === "leads" || c.type === "envoy_of") &&
          doc.entities[c.object]!.type === "Country",
      )
      .map((c) => c.subject),
  );
  // "Finland's Alexander Stubb" with "President Stubb" elsewhere: the head of that country.
  for (const [person, country] of namedCountries(doc)) {
    const role = doc.entities[person]!.roles.find((r) => HEAD_ROLE.test(r) && !NOT_HEAD.test(r));
    if (!role || stated.has(person) || doc.entities[person]!.type !== "Person") continue;
    const first = doc.entities[person]!.mentions[0];
    done.add(person);
    emit({
      type: "leads",
      subject: person,
      object: country,
      sentence: first ? first[0] : 0,
      confidence: 0.55,
      role,
      crossSentence: true,
    });
  }
  for (const c of cands) {
    if (c.type !== "envoy_of") continue;
    const boss = doc.entities[c.object]!;
    const country = senders.get(c.subject);
    if (
      boss.type !== "Person" ||
      country === undefined ||
      countries.has(c.object) ||
      done.has(c.object) ||
      stated.has(c.object)
    )
      continue;
    const role = boss.roles.find((r) => HEAD_ROLE.test(r) && !NOT_HEAD.test(r));
    if (!role) continue;
    done.add(c.object);
    emit({
      type: "leads",
      subject: c.object,
      object: country,
      sentence: c.sentence,
      confidence: 0.6,
      role,
      crossSentence: true,
    });
  }
}

// "<demonym> president|leader|prime minister" with no name after it (bounded, literal words).
const HEAD_AFTER =
  /^(?:'s)?\s+(?:(?:new|current|then)\s+)?(president|leader|prime\s+minister|premier|chancellor)\b/;

export function nominalHeads(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  const known = new Set(
    cands
      .filter(
        (c) =>
          (c.type === "leads" || c.type === "envoy_of") &&
          doc.entities[c.object]!.type === "Country",
      )
      .map((c) => c.subject),
  );
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
      const demonym =
        m.kind === "demonym" &&
        s.lower.slice(Math.max(0, relStart(s, j) - 4), relStart(s, j)) === "the ";
      if (!demonym && !(m.possessive && m.kind === "country")) return;
      const r = HEAD_AFTER.exec(s.lower.slice(relEnd(s, j), relEnd(s, j) + 40));
      if (
        !r ||
        /^\s+\p{Lu}/u.test(s.text.slice(relEnd(s, j) + r[0].length, relEnd(s, j) + r[0].length + 3))
      )
        return;
      if (!last || s.index - last.sentence > 1 || known.has(last.person)) return;
      // "X's envoy", "who is also Y's prime minister", "A called the Ukrainian leader": someone else.
      if (/^'s?\b/.test(s.lower.slice(relEnd(s, j) + r[0].length))) return;
      const before = s.lower.slice(Math.max(0, relStart(s, j) - 30), relStart(s, j));
      if (/\b(?:is|was|are|were|as|becomes?|became)\s+(?:also\s+|now\s+)?(?:the\s+)?$/.test(before))
        return;
      if (
        last.sentence === s.index &&
        !/[,;:]/.test(s.text.slice(lastEnd, relStart(s, j))) &&
        relStart(s, j) - lastEnd < 30
      )
        return;
      const roles = doc.entities[last.person]!.roles;
      if (
        roles.some((x) =>
          /envoy|ambassador|aide|adviser|advisor|spokes|secretary|deputy|vice|minister/.test(x),
        )
      )
        return;
      known.add(last.person);
      emit({
        type: "leads",
        subject: last.person,
        object: m.entity,
        sentence: s.index,
        confidence: 0.6,
        role: r[1]!.toLowerCase(),
        crossSentence: last.sentence !== s.index,
      });
    });
  }
}

/**
 * "Foreign Minister X" with no country, in a text that names one "Russian Foreign Ministry": the
 * minister heads the ministry the text names (FORMAT: a named ministry takes the place of the country).
 */
export function ministersOfNamedMinistries(
  doc: DocumentContext,
  cands: Candidate[],
  emit: Emit,
): void {
  const stated = new Set(
    cands.filter((c) => c.type === "leads" || c.type === "envoy_of").map((c) => c.subject),
  );
  const ministries = new Map<string, number[]>();
  doc.entities.forEach((e, i) => {
    const m =
      /^\S+\s+(Foreign|Defen[cs]e|Finance|Interior|Justice|Economy|Energy|Trade|Health)\s+Ministry$/.exec(
        e.name,
      );
    if (e.type !== "Organization" || !m || e.mentions.length === 0) return;
    const key = m[1]!.toLowerCase().replace("defense", "defence");
    ministries.set(key, [...(ministries.get(key) ?? []), i]);
  });
  if (ministries.size === 0) return;
  doc.entities.forEach((e, i) => {
    if (e.type !== "Person" || stated.has(i)) return;
    for (const role of e.roles) {
      const m =
        /^(foreign|defen[cs]e|finance|interior|justice|economy|energy|trade|health)\s+minister$/.exec(
          role,
        );
      const found = m ? ministries.get(m[1]!.replace("defense", "defence")) : undefined;
      if (!found || found.length !== 1) continue;
      const first = e.mentions[0];
      emit({
        type: "leads",
        subject: i,
        object: found[0]!,
        sentence: first ? first[0] : 0,
        confidence: 0.55,
        role,
        crossSentence: true,
      });
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
    const head = headOf(doc, cands, seat.country, seat.head, c.subject);
    if (head === undefined) continue;
    hasAideTo.add(c.subject);
    emit({
      type: "aide_to",
      subject: c.subject,
      object: head.entity,
      sentence: c.sentence,
      confidence: head.titled ? 0.6 : 0.5,
      role: c.role,
      crossSentence: true,
    });
  }
}

/**
 * The one person heading `country` with a title `title` matches (a leads candidate), or, when the
 * text titles no one so, the one person it names whom the leaders table knows as that country's
 * leader (news writes "Kremlin aide Yuri Ushakov" next to a bare "Vladimir Putin").
 */
function headOf(
  doc: DocumentContext,
  cands: Candidate[],
  country: string,
  title: RegExp,
  except: number,
): { entity: number; titled: boolean } | undefined {
  const titled = new Set(
    cands
      .filter(
        (l) =>
          l.type === "leads" && doc.entities[l.object]!.name === country && l.subject !== except,
      )
      .filter((l) => doc.entities[l.subject]!.roles.some((r) => title.test(r) && !NOT_HEAD.test(r)))
      .map((l) => l.subject),
  );
  if (titled.size > 0)
    return titled.size === 1 ? { entity: [...titled][0]!, titled: true } : undefined;
  const known = doc.entities.flatMap((e, i) =>
    i !== except && e.type === "Person" && leaderCountry(e.name) === country ? [i] : [],
  );
  return known.length === 1 ? { entity: known[0]!, titled: false } : undefined;
}

// "the Russian president's special envoy", "the Ukrainian president's chief of staff".
const HEAD_POSSESSIVE =
  /^\s+(president|prime minister|chancellor)'s\s+(?:[a-z-]+\s+){0,3}?(envoy|emissary|representative|aide|adviser|advisor)\b/;

/**
 * "Kirill Dmitriev, the Russian president's special envoy": the envoy or aide of the one person
 * heading that country with that title (headOf).
 */
export function staffOfNominalHeads(doc: DocumentContext, cands: Candidate[], emit: Emit): void {
  for (const s of doc.sentences) {
    if (!/(?:president|minister|chancellor)'s\s/.test(s.lower)) continue;
    s.mentions.forEach((m, mi) => {
      if (m.entity === undefined || doc.entities[m.entity]!.type !== "Country") return;
      const r = HEAD_POSSESSIVE.exec(s.lower.slice(relEnd(s, mi), relEnd(s, mi) + 80));
      if (
        !r ||
        !/,\s+the\s+$/.test(s.lower.slice(Math.max(0, relStart(s, mi) - 12), relStart(s, mi)))
      )
        return;
      // The person the appositive belongs to: the mention right before its comma.
      // The name the appositive follows: the mention before the title chain ("Ukrainian President Y").
      let sj = mi - 1;
      while (sj >= 0 && relStart(s, sj) >= s.chains[mi]!.start - s.start) sj--;
      const subject =
        sj >= 0 && s.mentions[sj]!.type === "Person" ? s.mentions[sj]!.entity : undefined;
      if (
        subject === undefined ||
        !/^\s*,\s+the\s+$/.test(s.lower.slice(relEnd(s, sj), relStart(s, mi)))
      )
        return;
      const head = headOf(
        doc,
        cands,
        doc.entities[m.entity]!.name,
        new RegExp(`(?:^|\\s)${r[1]}$`),
        subject,
      );
      if (head === undefined) return;
      const type = /envoy|emissary|representative/.test(r[2]!) ? "envoy_of" : "aide_to";
      emit({
        type,
        subject,
        object: head.entity,
        sentence: s.index,
        confidence: head.titled ? 0.7 : 0.6,
        role: r[0].trim(),
      });
    });
  }
}

/**
 * "Andriy Yermak, (the) head of (President) Volodymyr Zelensky's office": a president's office is
 * the Office of the President of the country the text has that person leading as president.
 */
export function headsOfPresidentsOffices(
  doc: DocumentContext,
  cands: Candidate[],
  emit: Emit,
): void {
  const presidentOf = new Map<number, number>();
  // Stated countries first, then the leaders table's ("President Volodymyr Zelensky" in a text naming Ukraine).
  for (const c of [...cands].sort((a, b) => Number(a.guess ?? false) - Number(b.guess ?? false))) {
    if (
      c.type !== "leads" ||
      presidentOf.has(c.subject) ||
      c.role === undefined ||
      NOT_HEAD.test(c.role)
    )
      continue;
    if (/(?:^|\s)president$/.test(c.role) && doc.entities[c.object]!.type === "Country")
      presidentOf.set(c.subject, c.object);
  }
  if (presidentOf.size === 0) return;
  for (const s of doc.sentences) {
    if (!/'s?\s+office\b/.test(s.lower)) continue;
    s.mentions.forEach((m, mi) => {
      const country =
        m.entity === undefined || !m.possessive ? undefined : presidentOf.get(m.entity);
      if (
        country === undefined ||
        !/^'s?\s+office\b/.test(s.lower.slice(relEnd(s, mi), relEnd(s, mi) + 12))
      )
        return;
      // The name the appositive follows: the mention before the title chain ("Ukrainian President Y").
      let sj = mi - 1;
      while (sj >= 0 && relStart(s, sj) >= s.chains[mi]!.start - s.start) sj--;
      if (
        sj < 0 ||
        s.mentions[sj]!.type !== "Person" ||
        s.mentions[sj]!.entity === undefined ||
        s.mentions[sj]!.entity === m.entity
      )
        return;
      if (
        !/^\s*,\s+(?:the\s+)?(?:head|chief)\s+of\s+(?:(?:the\s+)?(?:[a-z]+\s+)?president\s+)?$/.test(
          s.lower.slice(relEnd(s, sj), relStart(s, mi)),
        )
      )
        return;
      const office = entityByName(
        doc,
        "Organization",
        `Office of the President of ${doc.entities[country]!.name}`,
      );
      emit({
        type: "leads",
        subject: s.mentions[sj]!.entity!,
        object: office,
        sentence: s.index,
        confidence: 0.7,
        role: "head",
      });
    });
  }
}
