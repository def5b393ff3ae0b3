/** Relations read from a person's title chain: "Russian Foreign Minister X", "UN envoy X", "Y spokesman X". */
import { leaderCountry } from "./gazetteer/leaders";
import { COUNTRY_OF_BODY } from "./gazetteer/organizations";
import {
  AIDE_WORDS,
  ENVOY_WORDS,
  HEAD_WORDS,
  STATE_HEAD_WORDS,
  SUBORDINATE_WORDS,
  TITLE_COUNTRY,
  UNREAL_WORDS,
} from "./gazetteer/titles";
import type { DocumentContext, Emit, SentenceContext } from "./context";

/** Titles of a head of state or government (a minister's title names the country or the ministry). */
const TOP_OFFICE_WORDS = new Set([
  "president",
  "prime",
  "premier",
  "chancellor",
  "king",
  "queen",
  "emir",
  "sultan",
]);

/** Bodies where a country's diplomats serve that country ("Israeli U.N. spokesman" works for Israel's mission). */
const INTERNATIONAL = new Set([
  "United Nations",
  "UN Security Council",
  "UN General Assembly",
  "European Union",
  "NATO",
  "African Union",
  "Arab League",
  "ASEAN",
  "Organization for Security and Co-operation in Europe",
  "World Trade Organization",
  "International Atomic Energy Agency",
]);

const ROLE_SKIP = new Set([
  "the",
  "key",
  "senior",
  "top",
  "veteran",
  "longtime",
  "new",
  "outgoing",
  "incoming",
  "interim",
  "then",
]);

/** The role as stored on the entity ("foreign minister", "special envoy"). */
export function roleText(words: string[]): string {
  return words.filter((w) => !ROLE_SKIP.has(w)).join(" ");
}

/** Whether an organisation name refers to the office in the title ("Treasury Secretary" and "the Treasury"). */
function namesOffice(orgName: string, words: string[]): boolean {
  const name = orgName.toLowerCase();
  return words.some(
    (w) =>
      w.length > 3 &&
      !HEAD_WORDS.has(w) &&
      !STATE_HEAD_WORDS.has(w) &&
      name.includes(w.slice(0, Math.max(4, w.length - 2))),
  );
}

/** The president of this document's country, when exactly one person carries that title. */
function documentPresident(doc: DocumentContext): number | undefined {
  const found = doc.entities.flatMap((e, i) =>
    e.type === "Person" && e.roles.some((r) => /(^|\s)president$/.test(r) && !/vice|deputy/.test(r))
      ? [i]
      : [],
  );
  return found.length === 1 ? found[0] : undefined;
}

/** "A Ukrainian delegation led by Defence Minister X", "Ukraine's (team) by Minister X": the side a titled person heads. */
function delegationCountry(
  doc: DocumentContext,
  s: SentenceContext,
  mi: number,
): number | undefined {
  const from = s.chains[mi]!.start - s.start;
  for (let j = mi - 1; j >= 0; j--) {
    const m = s.mentions[j]!;
    if (from - (m.end - s.start) > 80) return undefined;
    if (m.entity === undefined || doc.entities[m.entity]!.type !== "Country") continue;
    const between = s.lower.slice(m.end - s.start, from);
    // "<country> delegation (, ) led by", "'s team was led by", "'s by": bounded word counts, no nesting.
    if (
      /^(?:'s)?\s+(?:[a-z-]+\s+)?(?:delegation|team|side|government)\b(?:,\s+)?[^,;]{0,30}\b(?:led|headed)\s+by\s+$/.test(
        between,
      ) ||
      /^'s\s+by\s+$/.test(between)
    )
      return m.entity;
    return undefined;
  }
  return undefined;
}

/** The entity of a country or body by canonical name, created when the text never names it. */
export function entityByName(
  doc: DocumentContext,
  type: "Country" | "Organization",
  name: string,
): number {
  const found = doc.entities.findIndex((e) => e.type === type && e.name === name);
  if (found >= 0) return found;
  doc.entities.push({ type, name, surfaces: [], mentions: [], roles: [], firstSentence: 0 });
  return doc.entities.length - 1;
}

/** The country of this canonical name when the text names it somewhere, else -1. */
export function namedCountry(doc: DocumentContext, name: string | undefined): number {
  return name === undefined
    ? -1
    : doc.entities.findIndex(
        (e) => e.type === "Country" && e.name === name && e.mentions.length > 0,
      );
}

/** "Deputy (Assistant) Secretary of State X": an office in the U.S. State Department, named or not. */
const STATE_DEPARTMENT = "U.S. Department of State";

/** Whether some mention of the entity stands on its own, not inside a person's title. */
function namedOutsideChains(doc: DocumentContext, e: number): boolean {
  return doc.entities[e]!.mentions.some(([si, mi]) => doc.sentences[si]!.modifierOf[mi]! < 0);
}

export function chainRelations(
  doc: DocumentContext,
  s: SentenceContext,
  emit: Emit,
  pendingSenders: number[],
): void {
  s.mentions.forEach((m, mi) => {
    if (m.type !== "Person" || m.entity === undefined) return;
    const chain = s.chains[mi]!;
    const words = chain.roleWords.map((w) => w.replace(/^(?:then|ex)-/, ""));
    if (words.length === 0) return;
    const role = roleText(words);
    const person = m.entity;
    const ent = doc.entities[person]!;
    if (role && !ent.roles.includes(role)) ent.roles.push(role);
    const parties = chain.parties
      .map((p) => s.mentions[p]!.entity)
      .filter((e): e is number => e !== undefined);
    const typed = (t: string) => parties.filter((e) => doc.entities[e]!.type === t);
    const unreal = words.some((w) => UNREAL_WORDS.has(w));
    // "Israeli U.N. spokesman": after a country, an organisation is where the person serves that country.
    const firstCountry = parties.findIndex((e) => doc.entities[e]!.type === "Country");
    const employers = () =>
      typed("Organization").filter(
        (o) => firstCountry < 0 || !INTERNATIONAL.has(doc.entities[o]!.name),
      );
    const base = { subject: person, sentence: s.index, role };

    if (
      words.some((w) => ENVOY_WORDS.has(w)) &&
      !unreal &&
      !/\bhigh representative\b/.test(words.join(" "))
    ) {
      const sender = parties.find((e) => doc.entities[e]!.type !== "Place");
      if (sender !== undefined)
        return emit({ ...base, type: "envoy_of", object: sender, confidence: 0.9 });
      const pending = pendingSenders[pendingSenders.length - 1];
      if (pending !== undefined)
        return emit({
          ...base,
          type: "envoy_of",
          object: pending,
          confidence: 0.6,
          crossSentence: true,
        });
      if (doc.datelineCountry !== undefined)
        return emit({
          ...base,
          type: "envoy_of",
          object: doc.datelineCountry,
          confidence: 0.5,
          crossSentence: true,
          guess: true,
        });
      return;
    }
    if (words.some((w) => AIDE_WORDS.has(w)) || /\bchief staff$/.test(words.join(" "))) {
      const boss = typed("Person")[0];
      if (boss !== undefined)
        return emit({ ...base, type: "aide_to", object: boss, confidence: 0.85 });
      if (words.includes("presidential")) {
        const president = documentPresident(doc);
        if (president !== undefined && president !== person)
          return emit({ ...base, type: "aide_to", object: president, confidence: 0.7 });
      }
      for (const org of employers())
        emit({ ...base, type: "works_for", object: org, confidence: 0.8 });
      return;
    }
    const subordinate = words.some((w) => SUBORDINATE_WORDS.has(w));
    const heads = words.some((w) => HEAD_WORDS.has(w) || w === "secretary");
    if (subordinate || !heads) {
      const orgs = employers();
      for (const org of orgs) emit({ ...base, type: "works_for", object: org, confidence: 0.75 });
      const foreign = typed("Country").some((c) => doc.entities[c]!.name !== "United States");
      if (
        subordinate &&
        orgs.length === 0 &&
        !foreign &&
        !unreal &&
        words.includes("secretary") &&
        words.includes("state")
      ) {
        emit({
          ...base,
          type: "works_for",
          object: entityByName(doc, "Organization", STATE_DEPARTMENT),
          confidence: 0.65,
        });
      }
      return;
    }
    if (unreal) return;
    const orgs = typed("Organization");
    const countries = typed("Country");
    const stateHead =
      words.some((w) => STATE_HEAD_WORDS.has(w)) ||
      (words.includes("secretary") && words.includes("state"));
    // The ministry counts as named only when the text names it outside this title ("the Treasury said").
    const office = orgs.find(
      (o) => namesOffice(doc.entities[o]!.name, words) && namedOutsideChains(doc, o),
    );
    let target: number | undefined;
    // "Treasury Secretary X" in a text that never names the Treasury: the title alone is the country's office.
    const titleOnly =
      !stateHead && orgs.length === 1 && !namedOutsideChains(doc, orgs[0]!)
        ? COUNTRY_OF_BODY.get(doc.entities[orgs[0]!]!.name)
        : undefined;
    const titleCountryEntity = namedCountry(doc, titleOnly);
    // "UN Secretary-General X", "European Commission President X": the head of that body.
    // Not across a coordination: "the Fund and President Vladimir Putin's" is no title of the fund.
    const chainText = s.lower.slice(chain.start - s.start, m.start - s.start);
    const bodyHead =
      orgs.length === 1 &&
      (words.includes("secretary-general") ||
        (words.includes("president") && !/\band\b/.test(chainText)));
    if (stateHead) target = office ?? countries[0] ?? (bodyHead ? orgs[0] : undefined);
    else if (titleOnly !== undefined)
      target = countries[0] ?? (titleCountryEntity >= 0 ? titleCountryEntity : orgs[0]);
    else target = orgs[0] ?? countries[0];
    if (target !== undefined)
      return emit({ ...base, type: "leads", object: target, confidence: 0.85 });
    const side = stateHead ? delegationCountry(doc, s, mi) : undefined;
    if (side !== undefined) return emit({ ...base, type: "leads", object: side, confidence: 0.65 });
    // "President Ronald Reagan" with no country in the title: the country such a leader led, when
    // the text names it somewhere.
    // Both only when the text names no office of the title on its own ("the Treasury said").
    const noOfficeNamed = orgs.every((o) => !namedOutsideChains(doc, o));
    const led = words.some((w) => TOP_OFFICE_WORDS.has(w))
      ? namedCountry(doc, leaderCountry(ent.name))
      : -1;
    if (led >= 0 && noOfficeNamed)
      return emit({ ...base, type: "leads", object: led, confidence: 0.6, guess: true });
    // "Treasury Secretary X" and "Foreign Secretary X": the country the title belongs to.
    const titleCountry = namedCountry(doc, TITLE_COUNTRY[role]);
    if (titleCountry >= 0 && noOfficeNamed)
      return emit({ ...base, type: "leads", object: titleCountry, confidence: 0.7, guess: true });
    if (stateHead && doc.datelineCountry !== undefined && !words.includes("deputy")) {
      emit({
        ...base,
        type: "leads",
        object: doc.datelineCountry,
        confidence: 0.5,
        crossSentence: true,
        guess: true,
      });
    }
  });
}
