/** The per-sentence view the relation rules read: text, tokens, mentions and title chains. */
import type { EntityType } from "@/lib/schema/entity-types";
import type { RelationType } from "@/lib/schema/relations";
import type { Chain } from "./chains";
import type { Entity } from "./resolve";
import type { Mention } from "./recognize";
import type { Token } from "./tokens";

export interface SentenceContext {
  index: number;
  start: number;
  end: number;
  /** The sentence, normalised. */
  text: string;
  /** The sentence in lower case (same length and offsets as text). */
  lower: string;
  tokens: Token[];
  mentions: Mention[];
  chains: Chain[];
  /** For each mention: the person whose title chain it sits in, or -1. */
  modifierOf: number[];
}

export interface DocumentContext {
  sentences: SentenceContext[];
  entities: Entity[];
  /** Entity of the dateline place ("TOKYO, March 31 -"), and its country. */
  datelinePlace?: number;
  datelineCountry?: number;
}

export interface Candidate {
  type: RelationType;
  subject: number;
  object: number;
  sentence: number;
  confidence: number;
  role?: string;
  crossSentence?: boolean;
  /** Inferred from the dateline rather than stated: dropped when a stated one exists. */
  guess?: boolean;
}

export type Emit = (c: Candidate) => void;

/** Offset of mention mi relative to the sentence start, including its title chain. */
export const chainStart = (s: SentenceContext, mi: number) => s.chains[mi]!.start - s.start;
export const relStart = (s: SentenceContext, mi: number) => s.mentions[mi]!.start - s.start;
export const relEnd = (s: SentenceContext, mi: number) => s.mentions[mi]!.end - s.start;

/** Lower-case text before position `at` (sentence-relative), at most n characters. */
export function tail(s: SentenceContext, at: number, n = 160): string {
  return s.lower.slice(Math.max(0, at - n), at);
}

/** Lower-case text after position `at`, at most n characters. */
export function ahead(s: SentenceContext, at: number, n = 80): string {
  return s.lower.slice(at, at + n);
}

export function typeOf(
  doc: DocumentContext,
  s: SentenceContext,
  mi: number,
): EntityType | undefined {
  const e = s.mentions[mi]!.entity;
  return e === undefined ? undefined : doc.entities[e]!.type;
}

const PREPOSITIONS = new Set([
  "with",
  "to",
  "by",
  "of",
  "for",
  "from",
  "at",
  "between",
  "against",
  "on",
  "in",
  "into",
  "about",
  "than",
  "among",
  "aboard",
  "across",
  "through",
  "via",
  "under",
  "after",
  "before",
  "during",
  "over",
  "near",
  "inside",
  "like",
  "despite",
  "since",
  "without",
  "toward",
  "towards",
]);
const DETERMINERS = new Set(["the", "his", "her", "a", "an", "its", "their"]);

/**
 * The subject of a clause whose trigger precedes mention `before`: the nearest earlier mention of
 * an allowed type that is not itself the object of a preposition and not a title modifier.
 */
export function subjectBefore(
  doc: DocumentContext,
  s: SentenceContext,
  before: number,
  types: readonly EntityType[],
  limitOffset?: number,
  anyPosition = false,
): number | undefined {
  for (let j = before - 1; j >= 0; j--) {
    const m = s.mentions[j]!;
    if (m.entity === undefined || s.modifierOf[j]! >= 0) continue;
    if (limitOffset !== undefined && m.start - s.start >= limitOffset) continue;
    const type = doc.entities[m.entity]!.type;
    if (!types.includes(type)) continue;
    let k = s.tokens.findIndex((t) => t.start === s.chains[j]!.start);
    if (k < 0) k = m.tokStart;
    let p = k - 1;
    while (p >= 0 && DETERMINERS.has(s.tokens[p]!.lower)) p--;
    // "a delegation led by X held talks": X speaks for the delegation, so is a subject.
    // Also "a delegation, led by X, held talks".
    const group = s.tokens[p - 2]?.text === "," ? s.tokens[p - 3] : s.tokens[p - 2];
    const leader =
      p >= 2 &&
      s.tokens[p]!.lower === "by" &&
      /^(?:led|headed)$/.test(s.tokens[p - 1]!.lower) &&
      group !== undefined &&
      /^(?:delegation|team|side|group)$/.test(group.lower);
    if (!anyPosition && !leader && p >= 0 && PREPOSITIONS.has(s.tokens[p]!.lower)) continue;
    // "Kellogg, President Trump's envoy, met ...": a possessive or a name inside an appositive is not the subject.
    const back = s.tokens
      .slice(Math.max(0, k - 4), k)
      .map((x) => x.lower)
      .join(" ");
    if (!anyPosition && types.includes("Person") && (m.possessive || /, (?:a|an|the)\b/.test(back)))
      continue;
    return j;
  }
  return undefined;
}

/** Words that make a clause not a report of something that happened. */
// Bounded alternation of literal words; no nested quantifiers.
export const UNREAL =
  /\b(?:not|never|no|n't|will|would|could|might|may|shall|plan|plans|planned|planning|expect|expects|expected|scheduled|propose|proposes|proposed|proposal|hope|hopes|hoped|intend|intends|intended|going to|wants?|wanted|seek|seeks|sought|aims?|ahead of|to meet|to visit|to travel|cancel\w*|postpone\w*|deny|denied|denies|refuse\w*|decline\w*|threat\w*|consider\w*|calls? for|called for|urg\w*|if|unless|whether|possible|possibly|next|upcoming|invit\w*|arrang\w*|ready to|agreed|to host|to be|until)\b/;

/** Words that make an exchange remote rather than in person. */
export const REMOTE =
  /\b(?:call|calls|called|phone|phoned|telephone|video|videoconference|virtual|virtually|online|tweet\w*|letter|message|spoke by|by phone)\b/;
