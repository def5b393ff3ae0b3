/** Name similarity for spelling variants (machine translation, typos) of the same person. */

/** Lower case, accents stripped, letters only. */
export function foldName(s: string): string {
  if (/^[a-z]*$/.test(s)) return s;
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/** Levenshtein distance; O(a*b) on short names only (callers pass single name tokens). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * A coarse sound key: the confusions machine translation and transliteration make (v/w/f/ff,
 * l/r, c/k/q, ie/ei/y) map to one letter and vowels after the first letter are dropped.
 */
export function phoneticKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  const key = computeKey(name);
  if (keyCache.size > 50_000) keyCache.clear();
  keyCache.set(name, key);
  return key;
}

/** Memo for phoneticKey: a pure function of the name, so caching does not change results. */
const keyCache = new Map<string, string>();

function computeKey(name: string): string {
  let s = foldName(name);
  s = s
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/[cq]/g, "k")
    .replace(/w/g, "v")
    .replace(/v/g, "f");
  s = s.replace(/l/g, "r").replace(/y/g, "i").replace(/z/g, "s").replace(/x/g, "ks");
  s = s.replace(/(.)\1+/g, "$1");
  return s.slice(0, 1) + s.slice(1).replace(/[aeiou]/g, "");
}

/** Normalised edit distance in [0, 1]. */
export function nameDistance(a: string, b: string): number {
  const fa = foldName(a);
  const fb = foldName(b);
  const n = Math.max(fa.length, fb.length);
  return n === 0 ? 0 : editDistance(fa, fb) / n;
}

/**
 * Whether two surnames are spellings of one name: equal after folding, or the same sound key
 * and at most 40% of the letters differ, or one edit apart on names of six letters or more.
 * Short names need an exact match, so "Li" and "Lin" stay apart.
 */
export function surnamesMatch(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return fa.length > 0;
  if (Math.min(fa.length, fb.length) < 5) return false;
  const d = nameDistance(fa, fb);
  if (phoneticKey(fa) === phoneticKey(fb) && d <= 0.4) return true;
  return editDistance(fa, fb) <= 1 && Math.min(fa.length, fb.length) >= 6;
}

/** Whether two given names can belong to one person: equal, an initial of the other, or a close spelling. */
export function givenNamesCompatible(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return true;
  if (fa.length === 1 || fb.length === 1) return fa[0] === fb[0];
  return (
    nameDistance(fa, fb) <= 0.34 ||
    (phoneticKey(fa) === phoneticKey(fb) && nameDistance(fa, fb) <= 0.5)
  );
}
