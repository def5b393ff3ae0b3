/**
 * Turns what a person types into a safe Lucene query for the `entity_names` full-text index,
 * tolerant of typos and unfinished words: each word matches exactly (boosted), as a prefix, or
 * within a small edit distance. Prefix and fuzzy terms bypass the index analyzer, so words are
 * lower-cased and accent-folded here the way the `standard-folding` analyzer does.
 */
const MAX_WORDS = 6;
const MAX_WORD_LENGTH = 40;

/** Lower-case words of letters and digits, accents stripped; every Lucene operator is dropped. */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/**
 * Edit distance allowed for a word: none under four letters (too many false friends), one for four
 * or five, two from six, as Elasticsearch's AUTO fuzziness does from six. A machine translation's
 * "Dmitliv" is two edits from "Dmitriev" and has seven letters.
 */
export function fuzziness(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 6 ? 1 : 2;
}

function wordClause(word: string): string {
  const parts = [`${word}^4`, `${word}*^2`];
  const distance = fuzziness(word);
  if (distance > 0) parts.push(`${word}~${distance}`);
  return `(${parts.join(" OR ")})`;
}

/** The Lucene query for a search box value, or null when it holds no searchable word. */
export function toLuceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map(wordClause).join(" AND ");
}
