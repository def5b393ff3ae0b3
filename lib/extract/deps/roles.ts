/**
 * People linked to an office noun, the way English links them: a title before the name ("envoy
 * Steve Witkoff"), an apposition either way ("Witkoff, the U.S. envoy"; "the envoy, Witkoff"), a
 * copula ("Witkoff is Trump's envoy", also in a relative clause), and a role taken ("was appointed
 * envoy", "serves as envoy"). The rules for envoy_of, leads, works_for and aide_to read the office
 * noun's own modifiers and complements for whom it is held.
 */
import type { EntityType } from "@/lib/schema/entity-types";
import { depsOf, headsOf, type Token } from "../analysis";
import { TITLE_WORDS, UNREAL_WORDS } from "../gazetteer/titles";
import type { Bridge, Participant } from "./bridge";
import { isAsserted } from "./factuality";
import { participant, participants } from "./participants";

const TAKING_VERBS = new Set([
  "appoint",
  "name",
  "nominate",
  "serve",
  "become",
  "elect",
  "make",
  "install",
  "swear",
  "designate",
  "confirm",
  "choose",
  "select",
  "act",
  "work",
  "remain",
  "return",
]);
const PERSON: readonly EntityType[] = ["Person"];

export interface RoleLink {
  person: Participant;
  /** The office noun ("envoy", "minister"). */
  office: Token;
  /** Modifier words of the office, in text order, lower case ("special", "foreign"). */
  modifiers: Token[];
  /** Whether the person sits in a title before the name (the document's title chains see these too). */
  prenominal: boolean;
}

function takenRoleHolders(b: Bridge, office: Token): Participant[] {
  const out: Participant[] = [];
  for (const v of headsOf(office, "xcomp", "obl:as", "nmod:as", "advcl:as")) {
    if (!TAKING_VERBS.has(v.key) || !isAsserted(v)) continue;
    // "appointed X envoy" (the object takes it), "X was appointed envoy", "X serves as envoy".
    const objects = participants(b, depsOf(v, "obj"), PERSON);
    out.push(
      ...(objects.length ? objects : participants(b, depsOf(v, "nsubj", "nsubj:pass"), PERSON)),
    );
  }
  return out;
}

/** Every person-office link in the sentence's tokens whose office lemma is in `offices`. */
export function roleLinks(
  b: Bridge,
  tokens: readonly Token[],
  offices: ReadonlySet<string>,
): RoleLink[] {
  const links: RoleLink[] = [];
  for (const office of tokens) {
    if (!office.pos.startsWith("NN") || !offices.has(office.key)) continue;
    const modifiers = depsOf(office, "compound", "amod")
      .filter((m) => m.start < office.start)
      .sort((a, c) => a.start - c.start);
    if (
      modifiers.some((m) => UNREAL_WORDS.has(m.key)) ||
      office.deps.some((e) => e.rel === "amod" && UNREAL_WORDS.has(e.token.key))
    )
      continue;
    const add = (person: Participant | undefined, prenominal: boolean) => {
      if (!person || person.type !== "Person") return;
      if (b.at(office)?.entity === person.entity && !prenominal) return;
      if (!links.some((l) => l.person.entity === person.entity && l.office === office))
        links.push({ person, office, modifiers, prenominal });
    };
    // A title inside the name's phrase: "envoy Witkoff" (compound), "Witkoff, envoy" (appos).
    for (const h of office.heads) {
      if (h.rel === "compound" || h.rel === "flat") add(participant(b, h.token, PERSON), true);
      else if (h.rel === "appos") add(participant(b, h.token, PERSON), false);
    }
    const own = b.at(office);
    if (own?.type === "Person") add(own, true);
    // A list of appositions ("China's representative, Ambassador Li, and the director, Tamir") is
    // often parsed as several: the nearest is the office's holder.
    const apposed = depsOf(office, "appos")
      .filter((a) => participant(b, a, PERSON))
      .sort((x, y) => Math.abs(x.i - office.i) - Math.abs(y.i - office.i));
    if (apposed[0]) add(participant(b, apposed[0], PERSON), false);
    // "special envoy Song Tao" parsed with the name as a loose dependent right after the title.
    for (const d of depsOf(office, "dep"))
      if (d.i <= office.i + 3 && d.i > office.i) add(participant(b, d, PERSON), true);
    if (office.deps.some((e) => e.rel === "cop") && isAsserted(office)) {
      for (const s of depsOf(office, "nsubj")) add(participant(b, s, PERSON), false);
    }
    for (const p of takenRoleHolders(b, office)) add(p, false);
  }
  return links;
}

/** The office as people write it, from its title-word modifiers ("special envoy", "foreign minister"). */
export function roleText(link: RoleLink): string {
  const words = link.modifiers
    .filter((m) => TITLE_WORDS.has(m.key) && m.ner === "O")
    .map((m) => m.word.toLowerCase());
  return [...words, link.office.word.toLowerCase()].join(" ");
}

/** Countries and bodies the office is of: "Russia's", "of Russia", "Russian", "U.S.", "UN". */
export function officeOf(
  b: Bridge,
  link: RoleLink,
  types: readonly EntityType[],
  rels = ["nmod:poss", "nmod:of", "amod", "compound"],
): Participant[] {
  const own = participants(b, depsOf(link.office, ...rels), types).filter(
    (p) => p.entity !== link.person.entity,
  );
  if (!own.length) {
    // An office of an office: "the Secretary-General's envoy", "envoy of the UN Secretary-General",
    // "the U.S. President's envoy": the holder when named, else the body or country of that office.
    for (const d of depsOf(link.office, "nmod:poss", "nmod:of")) {
      if (!d.pos.startsWith("NN") || !TITLE_WORDS.has(d.key)) continue;
      const up = participants(
        b,
        depsOf(d, "appos", "compound", "flat", "nmod:poss", "nmod:of", "amod"),
        types,
      ).filter((p) => p.entity !== link.person.entity);
      const holder = up.filter((p) => p.type === "Person");
      own.push(...(holder.length ? holder : up));
    }
  }
  if (own.length || !link.prenominal) return own;
  // "Russian envoy Kirill Dmitriev": the demonym may hang on the name rather than on the title.
  const name = link.office.heads.find((h) => h.rel === "compound")?.token;
  if (!name) return own;
  // For a person's office (an aide's boss) only the possessive counts ("Putin's press secretary X").
  const nameRels =
    types.length === 1 && types[0] === "Person" ? ["nmod:poss"] : ["amod", "compound", "nmod:poss"];
  return participants(
    b,
    depsOf(name, ...nameRels).filter((t) => t.start < link.office.start),
    types,
  ).filter((p) => p.entity !== link.person.entity);
}
