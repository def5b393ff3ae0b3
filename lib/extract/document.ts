/** Builds the document context: sentences, mentions, resolved entities, pronouns, title chains, dateline. */
import { titleChain } from "./chains";
import type { DocumentContext, SentenceContext } from "./context";
import { CAPITAL_OF } from "./gazetteer";
import { addNerMentions, type NerSpan } from "./deps/ner-mentions";
import { recognize, type Mention } from "./recognize";
import { resolveEntities, type Entity } from "./resolve";
import type { SentenceSpan } from "./sentences";
import { tokenize } from "./tokens";

/**
 * Point each he/she/his/her at the person it most likely means: the clause subject so far, else
 * the last sentence's subject. An object pronoun ("received him") is never the subject of its own
 * clause, so it goes to the last sentence's subject; a pronoun that opens a sentence ("In July he
 * met ...") keeps the subject it stands for as that sentence's subject.
 */
function resolvePronouns(sentences: SentenceContext[], entities: Entity[]): void {
  let lastSubject: number | undefined;
  let lastSubjectSentence = -10;
  for (const s of sentences) {
    let firstPerson: number | undefined;
    const recent = s.index - lastSubjectSentence <= 3 ? lastSubject : undefined;
    s.mentions.forEach((m, mi) => {
      if (m.type === "Pronoun") {
        const object = isObjectPronoun(s, m.tokEnd, m.text);
        const e = object ? (recent !== firstPerson ? recent : undefined) : (firstPerson ?? recent);
        if (e !== undefined) m.entity = e;
        if (e !== undefined && !object && firstPerson === undefined && /^(?:he|she)$/i.test(m.text))
          firstPerson = e;
        return;
      }
      // A possessive is no subject: in "Trump's former vice president relied on him" the subject is the vice president.
      if (
        m.entity !== undefined &&
        entities[m.entity]!.type === "Person" &&
        s.modifierOf[mi]! < 0 &&
        !m.possessive &&
        firstPerson === undefined
      )
        firstPerson = m.entity;
    });
    if (firstPerson !== undefined) {
      lastSubject = firstPerson;
      lastSubjectSentence = s.index;
    }
  }
}

/** "him", or "her" not followed by a word it owns ("received her at the palace", not "her envoy"). */
function isObjectPronoun(s: SentenceContext, after: number, text: string): boolean {
  const lower = text.toLowerCase();
  if (lower === "him") return true;
  if (lower !== "her") return false;
  const next = s.tokens[after];
  return (
    next === undefined ||
    !/^\p{L}/u.test(next.text) ||
    /^(?:at|in|on|to|for|with|from|by|as|and|into|during|after|before|last|on|again|twice|personally)$/.test(
      next.lower,
    )
  );
}

/** ", the U.S. special envoy for", ", a senior Russian envoy,": a title right after a name, before its complement. */
const APPOSITIVE_TITLE =
  /^,\s+(?:the|a|an)\s+(?:[a-z.'-]+\s+){0,4}?(envoy|ambassador|emissary|crown\s+prince|prime\s+minister|chancellor)(?=\s*(?:,|for\b|to\b|of\b|on\b|in\b))/;

/**
 * "the envoy", "the crown prince" → the last person named before with that title; "the fund",
 * "the ministry" → the last organisation named before whose name has that word.
 */
function resolveNominals(sentences: SentenceContext[], entities: Entity[]): void {
  // A title held by two people so far ("the president" after two presidents) resolves to neither.
  const byRole = new Map<string, number>();
  const byWord = new Map<string, number>();
  const set = (map: Map<string, number>, key: string, e: number) =>
    map.set(key, map.has(key) && map.get(key) !== e ? -1 : e);
  for (const s of sentences) {
    s.mentions.forEach((m, mi) => {
      if (m.kind === "nominal") {
        const e = m.type === "Person" ? byRole.get(m.head!) : byWord.get(m.head!);
        if (e !== undefined && e >= 0) m.entity = e;
        return;
      }
      if (m.entity === undefined) return;
      if (m.type === "Person") {
        const words = s.chains[mi]!.roleWords;
        for (let k = 0; k < words.length; k++) {
          set(byRole, words[k]!, m.entity);
          if (k > 0) set(byRole, `${words[k - 1]} ${words[k]}`, m.entity);
        }
        // "Keith Kellogg, the U.S. special envoy for Ukraine, ...": the appositive's title too.
        const appositive = APPOSITIVE_TITLE.exec(
          s.lower.slice(m.end - s.start, m.end - s.start + 80),
        );
        if (appositive) set(byRole, appositive[1]!.replace(/\s+/g, " "), m.entity);
      } else if (m.type === "Organization") {
        for (const w of entities[m.entity]!.name.toLowerCase().split(/\s+/))
          byWord.set(w, m.entity);
      }
    });
  }
}

/** "TOKYO, March 31 -" or "BRUSSELS, November 6. /TASS/.": the place the story was filed from. */
function findDateline(
  first: SentenceContext | undefined,
  entities: Entity[],
): { place?: number; country?: number } {
  const m = first?.mentions[0];
  if (!first || !m || m.start !== first.start || m.entity === undefined) return {};
  const t = first.tokens[m.tokEnd];
  const allCaps = first.tokens
    .slice(m.tokStart, m.tokEnd)
    .every((x) => x.allCaps || !/\p{L}/u.test(x.text));
  if (!allCaps || !t || (t.text !== "," && t.text !== "-")) return {};
  const place = entities[m.entity]!;
  if (place.type !== "Place") return {};
  const countryName = CAPITAL_OF.get(place.name);
  const country =
    countryName === undefined
      ? undefined
      : entities.findIndex((e) => e.type === "Country" && e.name === countryName);
  return { place: m.entity, country: country === undefined || country < 0 ? undefined : country };
}

export function buildDocument(
  text: string,
  spans: SentenceSpan[],
  ner: readonly NerSpan[] = [],
): DocumentContext {
  const perSentence = spans.map((span) => {
    const tokens = tokenize(text, span.start, span.end);
    return { span, tokens, mentions: addNerMentions(tokens, text, recognize(tokens, text), ner) };
  });
  const entities = resolveEntities(perSentence.map((p) => p.mentions));
  const sentences: SentenceContext[] = perSentence.map(({ span, tokens, mentions }, index) => {
    const owner = new Int32Array(tokens.length).fill(-1);
    mentions.forEach((m: Mention, mi) => owner.fill(mi, m.tokStart, m.tokEnd));
    const modifierOf = new Array<number>(mentions.length).fill(-1);
    const chains = mentions.map((m, mi) => {
      if (m.type !== "Person")
        return { start: m.start, roleWords: [], parties: [], destinations: [] };
      const c = titleChain(tokens, mentions, mi, owner);
      for (const p of [...c.parties, ...c.destinations]) modifierOf[p] = mi;
      return c;
    });
    const sentenceText = text.slice(span.start, span.end);
    return {
      index,
      start: span.start,
      end: span.end,
      text: sentenceText,
      lower: sentenceText.toLowerCase(),
      tokens,
      mentions,
      chains,
      modifierOf,
    };
  });
  resolveNominals(sentences, entities);
  resolvePronouns(sentences, entities);
  const dateline = findDateline(sentences[0], entities);
  if (dateline.country === undefined && dateline.place !== undefined) {
    const countryName = CAPITAL_OF.get(entities[dateline.place]!.name);
    if (countryName) {
      entities.push({
        type: "Country",
        name: countryName,
        surfaces: [],
        mentions: [],
        roles: [],
        firstSentence: 0,
      });
      dateline.country = entities.length - 1;
    }
  }
  return { sentences, entities, datelinePlace: dateline.place, datelineCountry: dateline.country };
}
