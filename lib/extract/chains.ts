/**
 * Title chains: the words before a person's name that say what the person is
 * ("Russian Foreign Minister", "China's U.N. Representative, Ambassador", "the director-general of
 * the Israeli Foreign Ministry,"). Read leftwards from the name over title words, connectors and
 * other mentions, stopping at anything else.
 */
import { AIDE_WORDS, ENVOY_WORDS, HEAD_WORDS, TITLE_WORDS } from "./gazetteer/titles";
import type { Mention } from "./recognize";
import type { Token } from "./tokens";

export interface Chain {
  /** Normalised offset where the chain starts (the name's start when there is no chain). */
  start: number;
  /** Title words in order, lower case ("foreign minister"). */
  roleWords: string[];
  /** Mentions (indices) named in the chain that are not destinations. */
  parties: number[];
  /** Mentions preceded by "to": where an ambassador is posted, not who sent them. */
  destinations: number[];
}

const CHAIN_CONNECTORS = new Set([
  "of",
  "the",
  "for",
  "to",
  "in",
  "and",
  "'s",
  "'",
  "on",
  "at",
  "(",
  ")",
  "-",
]);
/** Words that qualify a title without ending it ("Russia's newly arrived ambassador"). */
const CHAIN_MODIFIERS = new Set([
  "newly",
  "recently",
  "arrived",
  "appointed",
  "accredited",
  "serving",
]);
const LEFT_TRIM = new Set(["and", "of", "for", "to", "in", "'s", "'", "on", "at", ")", "-"]);
const COURTESY = new Set(["mr", "mrs", "ms", "dr", "the", "."]);
/** Honorifics that may follow an office before the name ("Foreign Minister Prince X", "Prime Minister Sir Y"). */
const HONORIFICS = new Set(["prince", "princess", "sheikh", "sir", "lord", "lady", "dame"]);
const isOffice = (word: string | undefined) =>
  word !== undefined &&
  (HEAD_WORDS.has(word) || AIDE_WORDS.has(word) || ENVOY_WORDS.has(word) || word === "secretary");
/** Party labels that open a title ("Republican Congresswoman X"): kept in the chain, not a role. */
const PARTY_WORDS = new Set([
  "republican",
  "democratic",
  "democrat",
  "conservative",
  "labour",
  "liberal",
]);

/** Build the chain of the person mention at index mi. */
export function titleChain(
  tokens: Token[],
  mentions: Mention[],
  mi: number,
  tokenOwner: Int32Array,
): Chain {
  const m = mentions[mi]!;
  let k = m.tokStart - 1;
  let commaUsed = false;
  let left = m.tokStart;
  // Title words inside the person's own run were already stripped from the mention; they sit to its left.
  while (k >= 0 && m.tokStart - k <= 24) {
    const t = tokens[k]!;
    const owner = tokenOwner[k]!;
    if (owner >= 0) {
      const o = mentions[owner]!;
      // A person stops the chain unless possessive ("Trump's envoy X").
      const possessivePronoun = o.type === "Pronoun" && /^(?:his|her)$/i.test(o.text);
      if (
        (o.type === "Person" || o.type === "Pronoun") &&
        o.entity !== undefined &&
        !o.possessive &&
        !possessivePronoun
      )
        break;
      k = o.tokStart - 1;
      left = o.tokStart;
      continue;
    }
    const bare = t.lower.replace(/\.$/, "");
    // "head of the Fund and President X": two noun phrases; the Fund is no part of X's title.
    const nextTitle = tokens[k + 1];
    if (
      t.lower === "and" &&
      k > 0 &&
      tokenOwner[k - 1]! >= 0 &&
      nextTitle?.cap &&
      TITLE_WORDS.has(nextTitle.lower)
    )
      break;
    // "Belavia and Igor Petrenko": a name right after "and" has no title reaching across it.
    if (t.lower === "and" && k === m.tokStart - 1) break;
    // "a senior aide to President X": the aide is someone else; the chain of X starts after "to".
    if (
      (t.lower === "to" || t.lower === "for") &&
      k > 0 &&
      (AIDE_WORDS.has(tokens[k - 1]!.lower) || tokens[k - 1]!.lower === "staff")
    )
      break;
    if (
      TITLE_WORDS.has(bare) ||
      CHAIN_CONNECTORS.has(t.lower) ||
      CHAIN_MODIFIERS.has(t.lower) ||
      t.text === "." ||
      (t.cap && /^\p{L}/u.test(t.text))
    ) {
      left = k;
      k--;
      continue;
    }
    const isTitleAt = (j: number) =>
      j >= 0 && j < tokens.length && TITLE_WORDS.has(tokens[j]!.lower.replace(/\.$/, ""));
    // One comma: right before the name ("the director-general of X, Name") or between two titles
    // ("China's U.N. Representative, Ambassador Name").
    if (
      t.text === "," &&
      !commaUsed &&
      (k === m.tokStart - 1 || (isTitleAt(k + 1) && (isTitleAt(k - 1) || tokenOwner[k - 1]! >= 0)))
    ) {
      commaUsed = true;
      left = k;
      k--;
      continue;
    }
    break;
  }
  // "Kirill Dmitriev, head of the fund, Ushakov said": the title is the appositive of the name
  // before it, not the chain of the name after it ("A, and the head of X, B" is B's own title).
  const before =
    k >= 1 && tokens[k]!.text === "," && tokens[k + 1]?.lower !== "and" ? tokenOwner[k - 1]! : -1;
  if (commaUsed && before >= 0 && mentions[before]!.type === "Person")
    return { start: m.start, roleWords: [], parties: [], destinations: [] };
  // Trim the left edge back to a title word, a mention, or "the".
  while (left < m.tokStart) {
    const t = tokens[left]!;
    const owner = tokenOwner[left]!;
    if (
      owner >= 0 ||
      TITLE_WORDS.has(t.lower.replace(/\.$/, "")) ||
      PARTY_WORDS.has(t.lower) ||
      t.lower === "the"
    )
      break;
    left++;
  }
  while (left < m.tokStart && LEFT_TRIM.has(tokens[left]!.lower)) left++;
  const roleWords: string[] = [];
  const parties: number[] = [];
  const destinations: number[] = [];
  let prevLower = "";
  for (let j = left; j < m.tokStart; j++) {
    const owner = tokenOwner[j]!;
    if (owner >= 0) {
      const o = mentions[owner]!;
      const destination =
        prevLower === "to" ||
        ((prevLower === "for" || prevLower === "in") &&
          (o.type === "Country" || o.type === "Place"));
      if (o.tokStart === j) (destination ? destinations : parties).push(owner);
      prevLower = "";
      continue;
    }
    const lower = tokens[j]!.lower.replace(/\.$/, "");
    if (TITLE_WORDS.has(lower) && !COURTESY.has(lower)) roleWords.push(lower);
    if (tokens[j]!.text !== "(" && tokens[j]!.text !== ")" && lower !== "the") prevLower = lower;
  }
  // The honorific is no part of the office: "foreign minister prince" is a foreign minister ("crown prince" stays).
  while (
    roleWords.length > 1 &&
    HONORIFICS.has(roleWords[roleWords.length - 1]!) &&
    isOffice(roleWords[roleWords.length - 2])
  )
    roleWords.pop();
  const hasComma = commaUsed && left < m.tokStart - 1;
  if (hasComma && roleWords.length === 0)
    return { start: m.start, roleWords: [], parties: [], destinations: [] };
  if (roleWords.length === 0 && parties.length === 0)
    return { start: m.start, roleWords: [], parties: [], destinations: [] };
  return { start: tokens[left]!.start, roleWords, parties, destinations };
}
