import { misspelledTitle } from "./gazetteer/titles";

/** Word tokens of a normalised sentence, with offsets into the normalised text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("KGB", "TOKYO"). */
  allCaps: boolean;
}

// Matches, in order: dotted abbreviations ("U.S.", "D.C."); words with inner hyphens, apostrophes
// or ampersands ("Ki-moon", "O'Brien"); numbers; any other single non-space character. Every
// repetition must consume a separator followed by a letter, so each position has one parse and
// the pattern runs in linear time.
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'&]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

function make(text: string, start: number): Token {
  let lower = text.toLowerCase();
  const first = text[0] ?? "";
  const cap = first !== first.toLowerCase();
  const allCaps = cap && isAllCaps(text, lower);
  // A misspelt title reads as the title ("Spokespersoin Natalya Eismont"); `text` keeps the spelling.
  if (cap && !allCaps) lower = misspelledTitle(lower) ?? lower;
  return { text, lower, start, end: start + text.length, cap, allCaps };
}

/** Two or more cased letters, none lower case. */
function isAllCaps(text: string, lower: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const l = lower[i];
    if (l === undefined || lower.length !== text.length) return false;
    if (c !== l) letters++;
    else if (c !== c.toUpperCase()) return false;
  }
  return letters >= 2;
}

/** Tokenise text[start, end); a possessive "'s" becomes its own token. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const at = start + m.index;
    if (t.length > 2 && (t.endsWith("'s") || t.endsWith("'S"))) {
      out.push(make(t.slice(0, -2), at), make(t.slice(-2), at + t.length - 2));
    } else if (t.length > 1 && t.endsWith("'") && /s'$/i.test(t)) {
      out.push(make(t.slice(0, -1), at), make("'", at + t.length - 1));
    } else if (/^\p{Lu}.*-\p{Ll}+(?:ed|ing)$/u.test(t)) {
      // "United Nations-facilitated talks": a name with an adjective suffix; keep the name apart.
      const dash = t.lastIndexOf("-");
      out.push(
        make(t.slice(0, dash), at),
        make("-", at + dash),
        make(t.slice(dash + 1), at + dash + 1),
      );
    } else {
      out.push(make(t, at));
    }
  }
  return out;
}
