/**
 * Surface-form normalisation for scoring (FORMAT.md, scoring rule 1): two names that differ only
 * in accents, case, a possessive, punctuation, spacing or one leading title compare equal.
 *
 * This is a scoring rule, not the extractor's name resolver: it must stay as written in the
 * format so that our numbers mean the same as the held-out scorer's.
 */

/**
 * Titles dropped when a name starts with one (only one is dropped: "Prime Minister Dr X" keeps
 * "dr x"). Multi-word titles are listed as they read after normalisation and are tried longest
 * first, so "prime minister" wins over a bare "prime". Words that often start organisation
 * names ("General", "Chief", "Chairman") are deliberately absent: "General Assembly" must not
 * become "assembly".
 */
export const LEADING_TITLES: readonly string[] = [
  "president",
  "vice president",
  "prime minister",
  "deputy prime minister",
  "foreign minister",
  "deputy foreign minister",
  "defence minister",
  "defense minister",
  "finance minister",
  "minister",
  "chancellor",
  "premier",
  "secretary of state",
  "secretary general",
  "secretary",
  "ambassador",
  "special envoy",
  "envoy",
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "professor",
  "sir",
  "dame",
  "lord",
  "lady",
  "gen",
  "lt gen",
  "maj gen",
  "col",
  "adm",
  "sen",
  "senator",
  "rep",
  "gov",
  "governor",
  "king",
  "queen",
  "prince",
  "princess",
  "crown prince",
  "sheikh",
  "sheik",
  "emir",
  "sultan",
  "pope",
];

/** Title word sequences, longest first, so that the longest leading title is the one dropped. */
const TITLE_WORDS: readonly string[][] = [...LEADING_TITLES]
  .map((t) => t.split(" "))
  .sort((a, b) => b.length - a.length);

/**
 * Possessive 's or ’s at the end of a word ("Putin's" → "Putin"). The lookahead keeps
 * contractions inside words intact; the pattern has no nested quantifiers, so it is linear.
 */
const POSSESSIVE = /['’]s(?![\p{L}\p{N}])/gu;

/** Anything that is neither a letter nor a digit, including apostrophes left over. */
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Combining marks left by NFKD decomposition: the accents. */
const COMBINING_MARKS = /\p{M}+/gu;

/** Normalise one surface form; an empty string means there was nothing name-like in it. */
export function normalizeSurface(text: string): string {
  const plain = text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(POSSESSIVE, "")
    .replace(NON_WORD, " ")
    .trim();
  return dropLeadingTitle(plain);
}

/** Drops one leading title, but never the whole name ("President" alone stays "president"). */
function dropLeadingTitle(normalized: string): string {
  const words = normalized.split(" ");
  for (const title of TITLE_WORDS) {
    if (words.length > title.length && title.every((w, i) => words[i] === w)) {
      return words.slice(title.length).join(" ");
    }
  }
  return normalized;
}

/** The normalised surface forms of an entity: its name and aliases, empties removed. */
export function surfaceForms(entity: { name: string; aliases?: readonly string[] }): Set<string> {
  const forms = new Set<string>();
  for (const form of [entity.name, ...(entity.aliases ?? [])]) {
    const normalized = normalizeSurface(form);
    if (normalized) forms.add(normalized);
  }
  return forms;
}
