/**
 * envoy_of, leads, works_for and aide_to from person-office links (roles.ts).
 * - envoy_of: envoy, ambassador, emissary, representative, delegate, chargé... of the sender
 *   ("Russia's envoy", "envoy of Guterres", "U.S. envoy", "the UN's special representative");
 *   "to X" is where the envoy is sent, not who sends him.
 * - leads: a top office of a country or body ("president of Russia", "Russia's foreign
 *   minister", "head of the IMF", "the bank's chairman"); deputies and vice-offices are
 *   works_for a body and nothing for a country.
 * - works_for: an official, member, employee or deputy of a body ("an official at the State
 *   Department", "a member of parliament", "deputy head of the IMF").
 * - aide_to: aide, adviser, spokesperson of a person ("Putin's aide", "adviser to Trump").
 */
import { depsOf, type Token } from "../analysis";
import type { Candidate } from "../context";
import {
  AIDE_WORDS,
  ENVOY_WORDS,
  HEAD_WORDS,
  STATE_HEAD_WORDS,
  SUBORDINATE_WORDS,
} from "../gazetteer/titles";
import type { Bridge, Participant } from "./bridge";
import { participants } from "./participants";
import { officeOf, roleLinks, roleText, type RoleLink } from "./roles";

const ENVOYS = new Set(
  [...ENVOY_WORDS]
    .filter((w) => w !== "commissioner" && w !== "consul" && w !== "consul-general")
    .concat(["envoy", "emissary"]),
);
const HEADS = new Set([
  ...HEAD_WORDS,
  "manager",
  "secretary",
  "president",
  "leader",
  "boss",
  "chief",
  "head",
  "chairman",
  "director",
  "governor",
  "ceo",
  "founder",
  "commander",
  "premier",
  "monarch",
  "king",
]);
const STAFF = new Set([
  "official",
  "officer",
  "member",
  "employee",
  "staffer",
  "diplomat",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "analyst",
  "economist",
  "researcher",
  "lawyer",
  "negotiator",
  "deputy",
  "correspondent",
  "reporter",
  "executive",
  "agent",
  "investigator",
  "prosecutor",
  "lawmaker",
  "legislator",
  "senator",
  "worker",
  "engineer",
  "scientist",
  "colonel",
  "general",
  "commander",
  "lieutenant",
  "adviser",
  "advisor",
  "counsel",
  "envoy",
  "ambassador",
  "representative",
  "delegate",
]);
const AIDES = new Set([
  ...AIDE_WORDS,
  "aide",
  "adviser",
  "advisor",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "assistant",
  "confidant",
  "secretary",
]);

const subordinate = (l: RoleLink) =>
  l.modifiers.some((m) => SUBORDINATE_WORDS.has(m.key)) || l.office.key === "deputy";

export function officeRelations(
  b: Bridge,
  tokens: readonly Token[],
  emit: (c: Candidate) => void,
): void {
  const out = (
    type: Candidate["type"],
    l: RoleLink,
    object: Participant,
    confidence: number,
    role?: string,
  ) => {
    if (object.entity === l.person.entity) return;
    emit({
      type,
      subject: l.person.entity,
      object: object.entity,
      sentence: b.sentenceOf(l.office),
      confidence,
      ...(role ? { role } : {}),
    });
  };

  for (const l of roleLinks(b, tokens, ENVOYS)) {
    // "envoy to the OIC": the destination is no sender; "envoy for Ukraine" is a portfolio.
    // "China's U.N. representative", "U.S. deputy U.N. ambassador": the country sends, the body hosts.
    const senders = officeOf(b, l, ["Country", "Organization", "Person"]);
    const countries = senders.filter((s) => s.type === "Country");
    for (const sender of countries.length
      ? [...countries, ...senders.filter((s) => s.type === "Person")]
      : senders)
      out("envoy_of", l, sender, 0.75, roleText(l));
  }

  for (const l of roleLinks(b, tokens, HEADS)) {
    const state = STATE_HEAD_WORDS.has(l.office.key) || l.modifiers.some((m) => m.key === "prime");
    const bodies = officeOf(b, l, ["Organization"]);
    const countries = officeOf(b, l, ["Country"]);
    if (subordinate(l)) {
      for (const body of bodies) out("works_for", l, body, 0.65);
      continue;
    }
    // "Secretary of State", "Minister of Foreign Affairs": a portfolio of the country, not a body.
    if (bodies.length) for (const body of bodies) out("leads", l, body, 0.7, roleText(l));
    else if (
      countries.length &&
      (state ||
        l.office.key === "leader" ||
        l.office.key === "head" ||
        l.office.key === "secretary")
    ) {
      for (const c of countries) out("leads", l, c, 0.7, roleText(l));
    }
  }

  for (const l of roleLinks(b, tokens, STAFF)) {
    if (HEADS.has(l.office.key) && !subordinate(l)) continue;
    // "an official at the State Department", "a member of the Politburo", "spokesman for the ministry".
    const bodies = participants(
      b,
      depsOf(
        l.office,
        "nmod:of",
        "nmod:at",
        "nmod:for",
        "nmod:in",
        "nmod:with",
        "nmod:poss",
        "compound",
      ),
      ["Organization"],
    );
    // "Israeli U.N. spokesman": a country's official at a body, not the body's own.
    if (
      officeOf(b, l, ["Country"]).length &&
      !depsOf(l.office, "nmod:of", "nmod:at", "nmod:for", "nmod:in").length
    )
      continue;
    for (const body of bodies) if (body.entity !== l.person.entity) out("works_for", l, body, 0.6);
  }

  for (const l of roleLinks(b, tokens, AIDES)) {
    const bosses = officeOf(
      b,
      l,
      ["Person"],
      ["nmod:poss", "nmod:to", "nmod:of", "nmod:for", "compound"],
    );
    for (const boss of bosses) out("aide_to", l, boss, 0.7, roleText(l));
  }
}
