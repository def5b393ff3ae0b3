/**
 * Mentions the trained NER finds and the surface recogniser does not ("FM Salahuddin Rabbani",
 * an unfamiliar company): each maximal run of PERSON, ORGANIZATION or LOCATION tokens that
 * overlaps no mention of the sentence becomes a name mention, typed by the NER (LOCATION as a
 * place; countries the gazetteer knows are already mentions). They then go through name
 * resolution like every other name.
 */
import type { EntityType } from "@/lib/schema/entity-types";
import type { Analysis, Token as NlpToken } from "../analysis";
import type { Mention } from "../recognize";
import { TITLE_WORDS } from "../gazetteer/titles";
import { FIRST_NAMES } from "../gazetteer/words";
import type { Token } from "../tokens";

/** Words of ministerial portfolios ("Foreign Affairs and International Cooperation"). */
const PORTFOLIO_WORDS = new Set(
  `affairs and of the international cooperation development relations security defence defense trade finance economy
  economic interior justice health education energy environment planning public works information communications
  culture tourism industry commerce agriculture labour labor social welfare women youth sports transport mines
  petroleum oil water resources fisheries land housing foreign home state treasury integration regional`
    .split(/\s+/)
    .filter(Boolean),
);

const TYPES: Record<string, EntityType> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  LOCATION: "Place",
};

export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
}

export function nerSpans(analysis: Analysis): NerSpan[] {
  const out: NerSpan[] = [];
  for (const s of analysis.sentences) {
    let run: NlpToken[] = [];
    const flush = () => {
      if (run.length) {
        const type = TYPES[run[0]!.ner]!;
        // A run of lower-case words is no name (the NER's rare slips on "the ministry").
        if (run.some((t) => /^\p{Lu}/u.test(t.word)))
          out.push({ start: run[0]!.start, end: run.at(-1)!.end, type });
      }
      run = [];
    };
    for (const t of s.tokens) {
      if (TYPES[t.ner] && (!run.length || run[0]!.ner === t.ner)) run.push(t);
      else {
        flush();
        if (TYPES[t.ner]) run.push(t);
      }
    }
    flush();
  }
  return out;
}

/** Kinds of mention the surface recogniser typed by guesswork (a capitalised run), which the NER may correct. */
const GUESSED = new Set(["name", "orgname"]);

/**
 * Retypes a guessed name the NER tags as a whole with another type: "Human Rights Watch" and
 * "Freedom House" are organisations, not people. Gazetteer matches keep their type.
 */
function retype(m: Mention, spans: readonly NerSpan[]): void {
  if (!GUESSED.has(m.kind) || m.type === "Pronoun" || m.titled) return;
  const span = spans.find((s) => s.start <= m.start && s.end >= m.end);
  if (!span || span.type === m.type) return;
  // Only names of three words or more, none a given name: the NER also calls a two-word
  // personal name ("Petr Miklashevich") an organisation now and then.
  const words = m.text.toLowerCase().split(/\s+/);
  if (
    m.type === "Person" &&
    span.type === "Organization" &&
    words.length >= 3 &&
    !words.some((w) => FIRST_NAMES.has(w))
  )
    m.type = span.type;
  else if (m.type === "Organization" && span.type === "Person" && FIRST_NAMES.has(words[0]!))
    m.type = span.type;
}

/**
 * Trims a guessed personal name to the full name the NER finds inside it: words before it are
 * titles or parties ("Republican Sens. Ted Cruz", "Endowment for Democracy President Carl
 * Gershman"), an "of" after it is where the person is from ("Tom Cotton of Arkansas").
 */
function trim(m: Mention, tokens: Token[], text: string, spans: readonly NerSpan[]): void {
  if (m.kind !== "name" || m.type !== "Person") return;
  const span = spans.find(
    (s) =>
      s.type === "Person" &&
      s.start >= m.start &&
      s.end <= m.end &&
      (s.start > m.start || s.end < m.end),
  );
  if (!span) return;
  const a = tokens.findIndex((t) => t.start >= span.start);
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= span.end) b++;
  if (a < 0 || b - a < 2) return;
  if (span.end < m.end && !/^\s+of\b/.test(text.slice(span.end, m.end))) return;
  m.tokStart = a;
  m.tokEnd = b;
  m.start = tokens[a]!.start;
  m.end = tokens[b - 1]!.end;
  m.text = text.slice(m.start, m.end);
}

/** Adds to one sentence's mentions the NER spans inside it that overlap none of them. */
export function addNerMentions(
  tokens: Token[],
  text: string,
  mentions: Mention[],
  spans: readonly NerSpan[],
): Mention[] {
  if (!tokens.length) return mentions;
  const first = tokens[0]!.start;
  const last = tokens.at(-1)!.end;
  const added: Mention[] = [];
  for (const m of mentions) {
    retype(m, spans);
    trim(m, tokens, text, spans);
  }
  for (const span of spans) {
    if (span.end <= first || span.start >= last) continue;
    if (mentions.some((m) => m.start < span.end && m.end > span.start)) continue;
    const a = tokens.findIndex((t) => t.end > span.start);
    let b = a;
    while (b < tokens.length && tokens[b]!.start < span.end) b++;
    if (a < 0 || b <= a) continue;
    // Trim a possessive or punctuation the span may end on.
    while (b > a && !/^\p{L}/u.test(tokens[b - 1]!.text)) b--;
    if (b <= a) continue;
    // Titles and portfolios are no bodies: "Commerce" in "Commerce Secretary X", "Special Envoy",
    // "Foreign Affairs and International Cooperation" after "Minister of".
    const words = tokens.slice(a, b).filter((t) => /^\p{L}/u.test(t.text));
    if (words.every((t) => TITLE_WORDS.has(t.lower) || PORTFOLIO_WORDS.has(t.lower))) continue;
    if (
      span.type === "Organization" &&
      tokens[a - 1]?.lower === "of" &&
      TITLE_WORDS.has(tokens[a - 2]?.lower ?? "")
    )
      continue;
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    added.push({
      start,
      end,
      text: text.slice(start, end),
      type: span.type,
      kind: "name",
      tokStart: a,
      tokEnd: b,
    });
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((x, y) => x.start - y.start);
}
