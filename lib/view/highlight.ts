/** A piece of a sentence: plain text, or a name to emphasise. */
export interface Segment {
  text: string;
  mark: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Splits a sentence so the given names (canonical names and aliases) can be highlighted. Longest
 * names win ("Kirill Dmitriev" before "Dmitriev"); matches are case-insensitive and whole-word.
 * The pattern is an alternation of escaped literals, so it cannot backtrack badly.
 */
export function highlightNames(sentence: string, names: string[]): Segment[] {
  const usable = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return [{ text: sentence, mark: false }];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const out: Segment[] = [];
  let at = 0;
  for (const match of sentence.matchAll(pattern)) {
    if (match.index > at) out.push({ text: sentence.slice(at, match.index), mark: false });
    out.push({ text: match[0], mark: true });
    at = match.index + match[0].length;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), mark: false });
  return out;
}
