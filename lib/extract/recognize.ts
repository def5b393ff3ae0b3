/**
 * Entity recognition in one sentence: gazetteer matches, capitalised name runs split into
 * titles, organisations and people, pronouns, and possessive organisation phrases.
 */
import type { EntityType } from "@/lib/schema/entity-types";
import {
  CAPITAL_BY_COUNTRY,
  DEMONYM_OF,
  GAZETTEER,
  MAX_GAZETTEER_TOKENS,
  type GazetteerHit,
  type GazetteerKind,
} from "./gazetteer";
import { LOWER_ORG_HEADS, ORG_HEADS } from "./gazetteer/organizations";
import { TITLE_ABBREVIATIONS, TITLE_WORDS } from "./gazetteer/titles";
import { CAPITALISED_STOPWORDS, DATE_WORDS, FIRST_NAMES, NAME_CONNECTORS } from "./gazetteer/words";
import type { Token } from "./tokens";

export type MentionKind =
  GazetteerKind | "name" | "bare" | "acronym" | "pronoun" | "orgname" | "nominal";

export interface Mention {
  /** Normalised-text offsets. */
  start: number;
  end: number;
  text: string;
  type: EntityType | "Pronoun";
  kind: MentionKind;
  /** Token index range [tokStart, tokEnd) within the sentence. */
  tokStart: number;
  tokEnd: number;
  canonical?: string;
  /** Country of a capital. */
  country?: string;
  /** Title words inside the capitalised run ("Foreign Minister"): a person with one is surely a person. */
  titled?: boolean;
  possessive?: boolean;
  /** Short form given in parentheses right after ("State Security Committee (KGB)"). */
  acronymOf?: number;
  /** For a nominal ("the envoy", "the fund"): the head words it is resolved by. */
  head?: string;
  /** Resolved entity index, set by resolve. */
  entity?: number;
}

const PLACE_HEADS = new Set(
  "street square island islands sea river mountains mountain airport garden gardens palace hall lake valley bay strait peninsula province region district beach coast base".split(
    " ",
  ),
);
const PLACE_PREFIXES = new Set(["fort", "mount", "camp", "cape", "lake"]);
const MILITARY_WORDS = new Set([
  "joint",
  "air",
  "naval",
  "army",
  "military",
  "force",
  "marine",
  "space",
]);
// Endings of common nouns and adjectives that are rarely parts of a person's name; anchored, linear.
const NOT_NAME_SUFFIX =
  /(?:tion|tions|sion|ism|ment|ments|ity|ics|ance|ence|ing|ies|ese|ian|ern|ism|ology|ships?|ers)$/;
const PRONOUNS = new Set(["he", "she", "him", "his", "her"]);
/** "the envoy", "the crown prince", "the fund": definite descriptions resolved to a named entity later. */
const PERSON_NOMINALS = new Set([
  "envoy",
  "ambassador",
  "minister",
  "president",
  "crown prince",
  "prime minister",
  "chancellor",
  "emissary",
]);
const ORG_NOMINALS = new Set(["fund", "ministry"]);

/** Words between "the" and a title noun that keep it a definite description ("the Special Envoy"). */
const NOMINAL_QUALIFIERS = new Set(["special", "senior", "top", "personal"]);

/** A definite description at token i ("the envoy" not followed by a name), or null. */
function nominalAt(tokens: Token[], text: string, i: number): Mention | null {
  // "the Special Envoy met ...": press releases capitalise the title; a qualifier may come first.
  const qualified =
    tokens[i - 1] && NOMINAL_QUALIFIERS.has(tokens[i - 1]!.lower) && tokens[i - 2]?.lower === "the";
  if (tokens[i - 1]?.lower !== "the" && !qualified) return null;
  if (
    tokens[i]!.cap &&
    !(i + 1 < tokens.length && !tokens[i + 1]!.cap && tokens[i + 1]!.lower !== "of")
  )
    return null;
  if (qualified && tokens[i - 1]!.cap !== tokens[i]!.cap) return null;
  const two = tokens[i + 1] ? `${tokens[i]!.lower} ${tokens[i + 1]!.lower}` : "";
  const head = PERSON_NOMINALS.has(two) || ORG_NOMINALS.has(two) ? two : tokens[i]!.lower;
  const end = head === two ? i + 2 : i + 1;
  const next = tokens[end];
  // "the envoy Steve X", "the fund's chief": a title before a name, or a part of something else.
  if (next && (next.cap || /^[-/]$/.test(next.text))) return null;
  if (PERSON_NOMINALS.has(head))
    return makeMention(tokens, text, qualified ? i - 1 : i, end, "Person", "nominal", { head });
  if (ORG_NOMINALS.has(head))
    return makeMention(tokens, text, i, end, "Organization", "nominal", { head });
  return null;
}

const isWordish = (t: Token) => /^\p{L}/u.test(t.text);

/** Longest gazetteer match starting at token i. */
function gazetteerAt(tokens: Token[], i: number): { hit: GazetteerHit; end: number } | null {
  const first = tokens[i]!;
  if (!first.cap) return null;
  let key = "";
  let best: { hit: GazetteerHit; end: number } | null = null;
  for (let j = i; j < tokens.length && j - i < MAX_GAZETTEER_TOKENS; j++) {
    key = j === i ? tokens[j]!.lower : `${key} ${tokens[j]!.lower}`;
    const hits = GAZETTEER.get(key);
    if (!hits) continue;
    const hit = hits.find(
      (h) =>
        !h.exactCase ||
        h.exactCase ===
          tokens
            .slice(i, j + 1)
            .map((t) => t.text)
            .join(" "),
    );
    const last = tokens[j]!;
    // A multi-word match must not end in a lower-case word ("the Gulf of" is not a match).
    if (hit && (j === i || last.cap || /^\p{N}/u.test(last.text))) best = { hit, end: j + 1 };
  }
  return best;
}

function canStartRun(t: Token): boolean {
  return t.cap && isWordish(t) && !DATE_WORDS.has(t.lower);
}

/** Words that describe what a body does; a name made of them is no person's ("Security", "Trade"). */
const BODY_DESCRIPTORS = new Set(
  `national security defense defence trade industry science technology economic economy foreign affairs research
  development health human services education culture energy agriculture food drug commerce justice civil rights
  social labor labour transport transportation communications information public international cooperation
  investment finance planning environment natural resources emergency emergencies border customs immigration
  housing urban rural water power mines petroleum oil gas fisheries tourism veterans family youth sports
  reconstruction intelligence counterintelligence policy strategic strategy budget tax revenue`.split(
    /\s+/,
  ),
);

/**
 * "National Security and Defense Council", "Ministry of Trade and Industry": when the run before
 * "and" is descriptor words only, and one to three capitalised words after it end in an
 * organisation's head word (or the run is an organisation's "of" complement), the end of the
 * name after "and"; else 0. "Donald Trump and Justice Department" stays two names.
 */
function andInBodyName(tokens: Token[], start: number, and: number): number {
  let k = and - 1;
  while (k >= start && BODY_DESCRIPTORS.has(tokens[k]!.lower)) k--;
  const ofHead = k >= start + 1 && tokens[k]!.lower === "of" && ORG_HEADS.has(tokens[k - 1]!.lower);
  const opensRun = k < start || (k === start && tokens[k]!.lower === "the");
  if (k >= and - 1 || (!opensRun && !ofHead)) return 0;
  let end = and + 1;
  while (
    end < tokens.length &&
    end - and <= 3 &&
    canStartRun(tokens[end]!) &&
    BODY_DESCRIPTORS.has(tokens[end]!.lower)
  )
    end++;
  if (end < tokens.length && canStartRun(tokens[end]!) && ORG_HEADS.has(tokens[end]!.lower))
    return end + 1;
  return ofHead && end > and + 1 ? end : 0;
}

/** A lower-case particle inside a person's name ("von", "der", "bin"), not a connector like "of". */
function isParticle(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    NAME_CONNECTORS.has(t.lower) &&
    t.lower !== "of" &&
    t.lower !== "for" &&
    t.lower !== "and"
  );
}

/** "Anglo-American School of Moscow": after an organisation's head word and "of", a known place is part of the name. */
function afterOrgOf(tokens: Token[], j: number): boolean {
  const head = tokens[j - 2];
  return tokens[j - 1]?.lower === "of" && !!head?.cap && ORG_HEADS.has(head.lower);
}

/** End (exclusive) of the capitalised run starting at i; stops before a gazetteer match. */
function runEnd(tokens: Token[], i: number): number {
  const universityLike = ORG_HEADS.has(tokens[i]!.lower);
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (
      t.text === "." &&
      (prev.text.length === 1 || TITLE_ABBREVIATIONS.has(prev.lower)) &&
      prev.cap
    ) {
      j++;
      continue;
    }
    if (canStartRun(t)) {
      if (!universityLike && !afterOrgOf(tokens, j) && gazetteerAt(tokens, j)) break;
      j++;
      continue;
    }
    // "Office of the Chief of Protocol": "of the" inside a name.
    if (
      universityLike &&
      (t.lower === "of" || t.lower === "for") &&
      tokens[j + 1]?.lower === "the" &&
      j + 2 < tokens.length &&
      canStartRun(tokens[j + 2]!) &&
      !gazetteerAt(tokens, j + 2)
    ) {
      j += 2;
      continue;
    }
    // "Ursula von der Leyen", "Charles de la Motte": two name particles in a row.
    if (
      isParticle(t) &&
      isParticle(tokens[j + 1]) &&
      j + 2 < tokens.length &&
      canStartRun(tokens[j + 2]!) &&
      !gazetteerAt(tokens, j + 2)
    ) {
      j += 2;
      continue;
    }
    // "National Security and Defense Council": "and" between descriptor words inside a body's name.
    const bodyEnd = t.lower === "and" ? andInBodyName(tokens, i, j) : 0;
    if (bodyEnd > 0) {
      j = bodyEnd;
      continue;
    }
    const connector = NAME_CONNECTORS.has(t.lower) || (universityLike && t.lower === "at");
    if (connector && t.lower !== "and" && j + 1 < tokens.length && canStartRun(tokens[j + 1]!)) {
      if (!universityLike && !afterOrgOf(tokens, j + 1) && gazetteerAt(tokens, j + 1)) break;
      j++;
      continue;
    }
    break;
  }
  return j;
}

function makeMention(
  sentenceTokens: Token[],
  text: string,
  a: number,
  b: number,
  type: EntityType | "Pronoun",
  kind: MentionKind,
  extra: Partial<Mention> = {},
): Mention {
  const start = sentenceTokens[a]!.start;
  const end = sentenceTokens[b - 1]!.end;
  return { start, end, text: text.slice(start, end), type, kind, tokStart: a, tokEnd: b, ...extra };
}

/** Classify a capitalised run [a, b) into zero or more mentions. */
function classifyRun(tokens: Token[], text: string, a: number, b: number, out: Mention[]): void {
  const initial = (i: number) => tokens[i]!.text.length === 1 && tokens[i + 1]?.text === ".";
  while (
    a < b &&
    ((CAPITALISED_STOPWORDS.has(tokens[a]!.lower) && !initial(a)) || !isWordish(tokens[a]!))
  )
    a++;
  while (b > a && !isWordish(tokens[b - 1]!) && tokens[b - 1]!.text !== ".") b--;
  if (a >= b) return;
  // Organisation: the last organisation head word, with an "of ..." tail when the run ends there.
  let head = -1;
  for (let k = a; k < b; k++) if (tokens[k]!.cap && ORG_HEADS.has(tokens[k]!.lower)) head = k;
  if (head >= 0) {
    let orgEnd = head + 1;
    if (orgEnd < b && NAME_CONNECTORS.has(tokens[orgEnd]!.lower)) orgEnd = b;
    else if (orgEnd < b && tokens[orgEnd]!.lower === "at") orgEnd = b;
    const rest = orgEnd < b ? [orgEnd, b] : null;
    out.push(makeMention(tokens, text, a, orgEnd, "Organization", "orgname"));
    if (rest) classifyRun(tokens, text, rest[0]!, rest[1]!, out);
    return;
  }
  let k = a;
  let connectorInTitle = false;
  const isTitle = (x: Token | undefined) =>
    x !== undefined && TITLE_WORDS.has(x.lower.replace(/\.$/, ""));
  // Title words, with connectors between them ("Secretary of State").
  while (
    k < b &&
    (isTitle(tokens[k]) ||
      tokens[k]!.text === "." ||
      (k > a && NAME_CONNECTORS.has(tokens[k]!.lower) && isTitle(tokens[k + 1])))
  ) {
    if (NAME_CONNECTORS.has(tokens[k]!.lower)) connectorInTitle = true;
    k++;
  }
  if (k === a) {
    // "Republican Congresswoman Anna Luna": a title word inside the run starts the name after it.
    for (let t = b - 2; t > a; t--) {
      if (isTitle(tokens[t]) && tokens[t + 1]!.cap) {
        k = t + 1;
        break;
      }
    }
  }
  const titled = k > a;
  // "Minister of Foreign Affairs": a title's complement, not a name.
  if (titled && k < b && NAME_CONNECTORS.has(tokens[k]!.lower)) return;
  if (connectorInTitle && b - k === 1) return;
  while (
    k < b &&
    NAME_CONNECTORS.has(tokens[k]!.lower) &&
    !/^(?:de|da|van|von|bin|al|el|le|la|di|du|der)$/.test(tokens[k]!.lower)
  )
    k++;
  let nameTokens = tokens.slice(k, b).filter((t) => t.text !== ".");
  // "Presidential Spokesman Natalya X" with an unknown title word: the name starts at the given name.
  if (
    nameTokens.length >= 3 &&
    !FIRST_NAMES.has(nameTokens[0]!.lower) &&
    FIRST_NAMES.has(nameTokens[1]!.lower)
  ) {
    k = tokens.indexOf(nameTokens[1]!);
    nameTokens = nameTokens.slice(1);
  }
  if (nameTokens.length === 0 || nameTokens.every((t) => isTitle(t))) return;
  const last = nameTokens[nameTokens.length - 1]!;
  if (nameTokens.length === 1) {
    const t = nameTokens[0]!;
    if (t.text.includes(".")) return; // "J.D.", "Ph.D.": unknown dotted abbreviations are not names
    if (t.allCaps && t.text.length <= 6 && !titled)
      out.push(makeMention(tokens, text, k, b, "Organization", "acronym"));
    else out.push(makeMention(tokens, text, k, b, "Person", "bare", { titled }));
    return;
  }
  // "Fort Bragg", "Mount Hermon", "Camp David", "Joint Base Elmendorf-Richardson": a place named after its kind.
  const placePrefix =
    PLACE_PREFIXES.has(nameTokens[0]!.lower) ||
    nameTokens.some(
      (t, i) => i > 0 && t.lower === "base" && MILITARY_WORDS.has(nameTokens[i - 1]!.lower),
    );
  if (PLACE_HEADS.has(last.lower) || (placePrefix && !titled)) {
    out.push(makeMention(tokens, text, k, b, "Place", "name"));
    return;
  }
  const looksPerson =
    titled ||
    FIRST_NAMES.has(nameTokens[0]!.lower) ||
    (nameTokens.length <= 4 &&
      nameTokens.every(
        (t) =>
          (!t.allCaps || t.text.length === 1) &&
          !NOT_NAME_SUFFIX.test(t.lower) &&
          (t.text.length === 1 || !CAPITALISED_STOPWORDS.has(t.lower)),
      ));
  if (looksPerson) out.push(makeMention(tokens, text, k, b, "Person", "name", { titled }));
}

/** All mentions of one sentence, in text order. */
export function recognize(tokens: Token[], text: string): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap && PRONOUNS.has(t.lower)) {
      out.push(makeMention(tokens, text, i, i + 1, "Pronoun", "pronoun"));
      i++;
      continue;
    }
    if (t.cap && (t.lower === "he" || t.lower === "she")) {
      out.push(makeMention(tokens, text, i, i + 1, "Pronoun", "pronoun"));
      i++;
      continue;
    }
    const nominal = nominalAt(tokens, text, i);
    if (nominal) {
      out.push(nominal);
      i = nominal.tokEnd;
      continue;
    }
    const g = gazetteerAt(tokens, i);
    if (
      g &&
      g.hit.kind !== "country" &&
      g.hit.kind !== "demonym" &&
      tokens[g.end] &&
      canStartRun(tokens[g.end]!)
    ) {
      // "Harvard Kennedy School", "Yale Law School": a known name opening a longer organisation name.
      const end = runEnd(tokens, i);
      if (end > g.end && tokens.slice(g.end, end).some((x) => ORG_HEADS.has(x.lower))) {
        classifyRun(tokens, text, i, end, out);
        i = end;
        continue;
      }
    }
    if (g) {
      const m = makeMention(tokens, text, i, g.end, g.hit.type, g.hit.kind, {
        canonical: g.hit.canonical,
        country: g.hit.country,
      });
      out.push(m);
      i = g.end;
      continue;
    }
    if (canStartRun(t)) {
      const end = runEnd(tokens, i);
      classifyRun(tokens, text, i, end, out);
      i = end;
      continue;
    }
    i++;
  }
  return postProcess(tokens, text, out);
}

function postProcess(tokens: Token[], text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let n = 0; n < ms.length; n++) {
    const m = ms[n]!;
    const prev = out[out.length - 1];
    // "Polish National Bank", "U.S. Air Force": a country word directly before an organisation name belongs to it.
    const governmentBody =
      m.kind === "org" &&
      /Department|Treasury|Ministry|Office|Council|Congress|Senate|Parliament/.test(
        m.canonical ?? "",
      );
    if (
      (m.kind === "orgname" || governmentBody) &&
      prev &&
      (prev.kind === "demonym" || prev.kind === "country") &&
      prev.tokEnd === m.tokStart
    ) {
      out[out.length - 1] = {
        ...m,
        start: prev.start,
        tokStart: prev.tokStart,
        text: text.slice(prev.start, m.end),
      };
      continue;
    }
    // "Russia's Foreign Ministry" is the Russian Foreign Ministry.
    const possessor = out[out.length - 1];
    const demonym =
      possessor &&
      possessor.kind === "country" &&
      tokens[possessor.tokEnd]?.lower === "'s" &&
      possessor.tokEnd + 1 === m.tokStart
        ? DEMONYM_OF.get(possessor.canonical ?? "")
        : undefined;
    if (
      demonym &&
      m.kind === "orgname" &&
      /^(?:Foreign|Defen[cs]e|Finance|Interior|Justice|Economy|Energy|Trade|Health|Emergencies)\s+Ministry$/.test(
        m.text,
      )
    ) {
      out[out.length - 1] = {
        ...m,
        start: possessor!.start,
        tokStart: possessor!.tokStart,
        text: text.slice(possessor!.start, m.end),
        canonical: `${demonym} ${m.text}`,
      };
      continue;
    }
    // "<Name> administration": a government named after its leader.
    const after = tokens[m.tokEnd];
    if (
      (m.kind === "bare" || m.kind === "name") &&
      after &&
      (after.lower === "administration" || after.lower === "government") &&
      !m.titled
    ) {
      out.push({
        ...m,
        type: "Organization",
        kind: "orgname",
        end: after.end,
        tokEnd: m.tokEnd + 1,
        text: text.slice(m.start, after.end),
      });
      continue;
    }
    out.push(m);
  }
  for (let n = 0; n < out.length; n++) {
    const m = out[n]!;
    const next = tokens[m.tokEnd];
    // "the Russian capital": the capital city itself.
    const capital =
      m.kind === "demonym" && next?.lower === "capital"
        ? CAPITAL_BY_COUNTRY.get(m.canonical ?? "")
        : undefined;
    if (capital) {
      out[n] = {
        ...m,
        type: "Place",
        kind: "capital",
        canonical: capital,
        country: m.canonical,
        end: next!.end,
        tokEnd: m.tokEnd + 1,
        text: text.slice(m.start, next!.end),
      };
      continue;
    }
    if (next && (next.lower === "'s" || next.text === "'")) m.possessive = true;
    // "Ukraine's presidential office", "the Ukrainian presidential administration": the head of state's office.
    if (m.type === "Country" && m.canonical) {
      const at = m.possessive
        ? m.tokEnd + 1
        : m.kind === "demonym" && tokens[m.tokStart - 1]?.lower === "the"
          ? m.tokEnd
          : -1;
      const office = at >= 0 && tokens[at]?.lower === "presidential" ? tokens[at + 1] : undefined;
      if (office && (office.lower === "office" || office.lower === "administration")) {
        const canonical =
          office.lower === "office"
            ? `Office of the President of ${m.canonical}`
            : `Presidential Administration of ${m.canonical}`;
        out[n] = {
          ...m,
          type: "Organization",
          kind: "orgname",
          end: office.end,
          tokEnd: at + 2,
          text: text.slice(m.start, office.end),
          possessive: false,
          canonical,
        };
        continue;
      }
    }
    // "Russia's sovereign wealth fund": a possessive country plus lower-case words ending in an organisation noun.
    if (m.possessive && m.type === "Country") {
      for (let k = m.tokEnd + 1; k < Math.min(tokens.length, m.tokEnd + 6); k++) {
        const w = tokens[k]!;
        if (w.cap || !/^\p{L}/u.test(w.text)) break;
        if (LOWER_ORG_HEADS.has(w.lower)) {
          // "Russia's military intelligence agency GRU": the acronym right after is the body's name.
          const acronym =
            out[n + 1]?.kind === "acronym" && out[n + 1]!.tokStart === k + 1
              ? out[n + 1]!.text
              : undefined;
          out[n] = {
            ...m,
            type: "Organization",
            kind: "orgname",
            end: w.end,
            tokEnd: k + 1,
            text: text.slice(m.start, w.end),
            possessive: false,
            canonical: acronym,
          };
          if (acronym) out[n + 1]!.acronymOf = n;
          break;
        }
      }
    }
    // "State Security Committee (KGB)": the acronym names the same organisation.
    const following = out[n + 1];
    if (
      following &&
      following.kind === "acronym" &&
      tokens[m.tokEnd]?.text === "(" &&
      following.tokStart === m.tokEnd + 1 &&
      m.type === "Organization"
    ) {
      following.acronymOf = n;
    }
  }
  return out;
}
