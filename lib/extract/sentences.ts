/** Sentence segmentation over normalised text: abbreviations, initials, quotes, newlines. */
import { TITLE_ABBREVIATIONS } from "./gazetteer/titles";
import { MONTH_ABBREVIATIONS } from "./gazetteer/words";

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Longest sentence handed to the relation rules; longer runs are cut at a space. */
export const MAX_SENTENCE = 1200;

const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  ...MONTH_ABBREVIATIONS,
  "jr",
  "sr",
  "inc",
  "corp",
  "co",
  "ltd",
  "vs",
  "no",
  "etc",
  "approx",
  "dept",
  "univ",
  "est",
  "fig",
  "ft",
  "mt",
]);

/** Words that usually open a sentence; after "U.S." they mark a boundary, other words do not. */
const SENTENCE_OPENERS = new Set(
  "the he she it they we i this that these those there his her their in on at but and a an after before while when as for if its our".split(
    " ",
  ),
);

const isUpper = (c: string | undefined) =>
  c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isSpace = (c: string | undefined) => c === " " || c === "\n";

/** The word ending at index i (exclusive), letters and dots only. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 20) {
    const c = text[s - 1]!;
    if (c === "." || c.toLowerCase() !== c.toUpperCase()) s--;
    else break;
  }
  return text.slice(s, end);
}

function nextWord(text: string, from: number): string {
  let e = from;
  while (e < text.length && e - from < 20 && text[e]!.toLowerCase() !== text[e]!.toUpperCase()) e++;
  return text.slice(from, e);
}

function isBoundaryAfterPeriod(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const bare = word.replace(/\./g, "").toLowerCase();
  if (word.length === 1 && isUpper(word)) return false; // an initial: "Sergei V. Lavrov"
  if (word.includes(".")) {
    // "U.S." or "D.C.": a boundary only if a typical opener follows.
    return SENTENCE_OPENERS.has(nextWord(text, next).toLowerCase());
  }
  if (ABBREVIATIONS.has(bare) && word.length > 0) return false;
  return true;
}

/** Split normalised text into sentences. Linear scan; each character is visited a bounded number of times. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const emit = (end: number) => {
    let s = start;
    while (s < end && isSpace(text[s])) s++;
    let e = end;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) cut(text, s, e, out);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") {
      emit(i);
      start = i + 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let j = i + 1;
    while (j < text.length && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    while (j < text.length && (text[j] === '"' || text[j] === "'" || text[j] === ")")) j++;
    if (j < text.length && text[j] !== " " && text[j] !== "\n") continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    const n = text[k];
    const opens =
      n === undefined ||
      isUpper(n) ||
      n === '"' ||
      n === "'" ||
      n === "(" ||
      (n >= "0" && n <= "9") ||
      n === "\n";
    if (!opens) continue;
    if (c === "." && j === i + 1 && !isBoundaryAfterPeriod(text, i, k)) continue;
    emit(j);
    start = j;
    i = j - 1;
  }
  emit(text.length);
  return out;
}

/** Cut over-long sentences (pages without punctuation) at spaces so later stages stay linear. */
function cut(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  while (end - s > MAX_SENTENCE) {
    const space = text.lastIndexOf(" ", s + MAX_SENTENCE);
    const e = space > s + MAX_SENTENCE / 2 ? space : s + MAX_SENTENCE;
    out.push({ start: s, end: e });
    s = e;
    while (s < end && text[s] === " ") s++;
  }
  if (end > s) out.push({ start: s, end });
}
