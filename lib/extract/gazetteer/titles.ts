/**
 * Words that make up titles and offices ("Foreign Minister", "senior aide", "U.N. Ambassador").
 * Matched case-insensitively; a run of them before a name is the person's role.
 */
export const TITLE_WORDS = new Set(
  `president presidential vice prime minister ministers foreign defence defense finance economy economic interior
  trade commerce agriculture labor transportation homeland justice energy health education deputy assistant under secretary secretary-general under-secretary-general
  secretary general chairman chairwoman chairperson chair chief head director director-general spokesman spokeswoman
  spokesperson adviser advisor aide envoy envoys ambassador ambassador-designate representative special senior top
  high commissioner charge chargé d'affaires affaires national security acting former then-president then-prime
  king queen prince princess emir sheikh sultan chancellor premier governor mayor senator sen rep gen general
  congressman congresswoman congressmember lawmaker legislator
  admiral colonel col lt lieutenant major maj capt captain sgt mr mrs ms dr prof professor lord sir lady dame judge justice
  clerk law leader commander officer official negotiator coordinator counselor counsellor ceo executive crown
  pope cardinal archbishop bishop rabbi imam ayatollah state counterpart emissary delegate permanent first second
  vice-president vice-chairman chief-of-staff staff minister-counsellor consul consul-general attorney solicitor
  lawmaker congressman congresswoman speaker mp member members legislator deputy-head interim designate key
  veteran longtime new outgoing incoming ex then newly-appointed cabinet policy foreign-policy`
    .split(/\s+/)
    .filter(Boolean),
);

/** Role words by the relation they imply; the role text itself is kept as the entity's role. */
export const ENVOY_WORDS = new Set(
  `envoy envoys ambassador ambassador-designate representative emissary commissioner chargé charge delegate consul consul-general`.split(
    /\s+/,
  ),
);
export const AIDE_WORDS = new Set(
  `aide adviser advisor spokesman spokeswoman spokesperson clerk counselor counsellor chief-of-staff`.split(
    /\s+/,
  ),
);
/** Top offices: holding one means leading the organisation or country named with it. */
export const HEAD_WORDS = new Set(
  `president prime premier chancellor minister king queen emir sultan secretary-general chairman chairwoman chairperson
  chair chief head leader governor director ceo commander speaker mayor`.split(/\s+/),
);
/** Offices of a whole state: their holder leads the country rather than an organisation. */
export const STATE_HEAD_WORDS = new Set(
  `president prime premier chancellor minister king queen emir sultan`.split(/\s+/),
);
/** Qualifiers that make an office subordinate (works_for, not leads); a "policy chief" heads a portfolio, not the body. */
export const SUBORDINATE_WORDS = new Set(
  `deputy vice assistant under under-secretary-general director-general vice-president vice-chairman deputy-head policy foreign-policy`.split(
    /\s+/,
  ),
);
/** Words that mean the person is not (yet) in the office. */
export const UNREAL_WORDS = new Set(
  `possible nominated nominee candidate proposed would-be potential`.split(/\s+/),
);

/**
 * Offices whose bare title names one country in English-language news ("Secretary of State Rubio"
 * is American, "Foreign Secretary Lammy" British). Keys are role texts as built from title chains.
 */
export const TITLE_COUNTRY: Record<string, string> = {
  "secretary state": "United States",
  "treasury secretary": "United States",
  "defense secretary": "United States",
  "energy secretary": "United States",
  "commerce secretary": "United States",
  "interior secretary": "United States",
  "agriculture secretary": "United States",
  "labor secretary": "United States",
  "transportation secretary": "United States",
  "homeland security secretary": "United States",
  "defence secretary": "United Kingdom",
  "business secretary": "United Kingdom",
  "foreign secretary": "United Kingdom",
  "home secretary": "United Kingdom",
};

/** Short titles written with a full stop. */
export const TITLE_ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen col lt maj capt sgt sen sens rep reps gov adm cmdr rev hon st`.split(
    /\s+/,
  ),
);

/** English words one edit from a title word, which are not its misspelling. */
const NEAR_TITLE_WORDS = new Set(["directory"]);

/**
 * Offices long enough to recognise misspelt, keyed by each spelling with one letter dropped, for
 * `misspelledTitle`. Only offices: qualifiers such as "national" or "interior" are also words of
 * organisation names in other languages ("Banco Nacional", "Assemblée Nationale").
 */
const LONG_TITLES =
  `president presidential minister secretary assistant chairman chairwoman chairperson director
  spokesman spokeswoman spokesperson ambassador representative commissioner chancellor governor congressman
  congresswoman lawmaker legislator lieutenant professor commander negotiator coordinator counselor counsellor
  executive archbishop ayatollah emissary delegate`
    .split(/\s+/)
    .filter(Boolean);
const TITLE_BY_DELETION = new Map<string, string[]>();
for (const word of LONG_TITLES) {
  for (const variant of [word, ...deletions(word)]) {
    const list = TITLE_BY_DELETION.get(variant) ?? [];
    if (!list.includes(word)) list.push(word);
    TITLE_BY_DELETION.set(variant, list);
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** At most one insertion, deletion, substitution or swap of neighbours turns a into b. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const restA = a.length - i - j;
  const restB = b.length - i - j;
  if (restA <= 1 && restB <= 1) return true;
  return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/**
 * The title word a capitalised word misspells, if it is one edit from exactly one long title word
 * (machine translation's "Presidential Spokespersoin Natalya Eismont", "Secretray of State").
 * Short titles ("Minster", a place) and plurals ("Presidents", "Nationals") are left alone.
 */
export function misspelledTitle(lower: string): string | undefined {
  if (lower.length < 8 || TITLE_WORDS.has(lower) || NEAR_TITLE_WORDS.has(lower)) return undefined;
  const candidates = new Set<string>();
  for (const variant of [lower, ...deletions(lower)]) {
    for (const word of TITLE_BY_DELETION.get(variant) ?? [])
      if (oneEditApart(lower, word)) candidates.add(word);
  }
  if (candidates.size !== 1) return undefined;
  const [word] = candidates as unknown as [string];
  return lower === `${word}s` || lower === `${word}es` ? undefined : word;
}
