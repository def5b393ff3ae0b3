/**
 * Trigger patterns read just before an object mention (the "tail"). Every pattern is anchored at
 * the end, uses only bounded quantifiers and runs on a tail of at most 100 characters, so each
 * test costs a bounded amount of work whatever the input.
 */
import type { RelationType } from "@/lib/schema/relations";

export interface TailRule {
  type: RelationType;
  re: RegExp;
  confidence: number;
  /** Skip when the clause is negated, planned or hypothetical. */
  realis: boolean;
  /** Also take objects coordinated with the first ("at Stanford and Harvard"). */
  list: boolean;
  /** Reject when the in-person test fails (met_with). */
  inPerson?: boolean;
  /** The object of the rule is the imposer, and the subject the sanctioned party (passive). */
  passive?: boolean;
  /** The subject must be in apposition or a copula away ("X, a senior aide to Y", "X was head of Y"). */
  appositive?: boolean;
  /** Prefer a name in apposition ("Luna, a member of X"), else the clause subject without the check. */
  preferAppositive?: boolean;
  /** "sanctions against X" needs an imposing verb between the imposer and the trigger. */
  needsVerb?: boolean;
  /** Everyone named after the trigger is an object ("blacklisted A and 14 officials, including B"). */
  everyone?: boolean;
  /** The mention is the subject and the clause subject before it the object ("Y is run by X"). */
  reverse?: boolean;
  /** Only a person can be the object ("received his degree" is not a meeting). */
  personObject?: boolean;
  /** "added X ... to its sanctions list": only when that list follows the target. */
  addedToList?: boolean;
  /** The place is the story's dateline, not the mention ("arrived from Helsinki" in a Moscow story). */
  toDateline?: boolean;
  /** What must come right after the object ("a Goldman Sachs banker": the occupation noun). */
  follows?: RegExp;
  /** What the object's name must match ("secretary of the X Council"). */
  objectName?: RegExp;
}

const DET = String.raw`(?:the\s+|his\s+|her\s+|their\s+|its\s+|a\s+|an\s+)?`;

export const TAIL_RULES: TailRule[] = [
  // "met with X", "met at the White House on Wednesday with X", "meets X".
  {
    type: "met_with",
    re: new RegExp(
      String.raw`\b(?:met|meets|meeting)\b[^.;!?]{0,70}(?<!along\s|together\s)\bwith\s+${DET}(?:(?:key|senior|top)\s+)?(?:members?\s+of\s+(?:the\s+)?)?$`,
    ),
    confidence: 0.9,
    realis: true,
    list: true,
    inPerson: true,
  },
  {
    type: "met_with",
    re: new RegExp(
      String.raw`\b(?:met|meets)\s+(?:with\s+)?"?${DET}(?:(?:key|senior|top)\s+)?(?:members?\s+of\s+(?:the\s+)?)?$`,
    ),
    confidence: 0.9,
    realis: true,
    list: true,
    inPerson: true,
  },
  // "held talks with X", "had a useful meeting today in Damascus with X", "in talks ... with X".
  {
    type: "met_with",
    re: new RegExp(
      String.raw`\b(?:meetings|talks|consultations|discussions|negotiations|summit)\b[^.;!?]{0,70}(?<!along\s|together\s)\bwith\s+${DET}(?:(?:key|senior|top)\s+)?(?:members?\s+of\s+(?:the\s+)?)?$`,
    ),
    confidence: 0.8,
    realis: true,
    list: true,
    inPerson: true,
  },
  {
    type: "met_with",
    re: /\b(?:was|were|been|being)\s+(?:received|met|welcomed|greeted|hosted)\s+(?:[a-z]+\s+){0,4}?by\s+(?:the\s+)?$/,
    confidence: 0.85,
    realis: true,
    list: false,
    inPerson: true,
    passive: true,
  },
  // "X received Y", "hosted Y", "welcomed Y", "sat down with Y", "after meeting Y".
  {
    type: "met_with",
    re: new RegExp(String.raw`\b(?:received|hosted|welcomed|greeted|had\s+hosted)\s+${DET}$`),
    confidence: 0.75,
    realis: true,
    list: true,
    inPerson: true,
    personObject: true,
  },
  {
    type: "met_with",
    re: new RegExp(String.raw`\b(?:sat|sitting|sits)\s+down\s+(?:[a-z]+\s+){0,2}?with\s+${DET}$`),
    confidence: 0.8,
    realis: true,
    list: true,
    inPerson: true,
  },
  {
    type: "met_with",
    re: new RegExp(String.raw`\bafter\s+meeting\s+(?:with\s+)?${DET}$`),
    confidence: 0.8,
    realis: false,
    list: true,
    inPerson: true,
  },

  // "X, special representative of Y", "envoy for Y".
  {
    type: "envoy_of",
    re: /(?<!high\s)\b(?:envoy|ambassador|emissary|representative|delegate)\s+(?:of|from)\s+(?:the\s+)?(?:(?:personal|special|official)\s+)?$/,
    confidence: 0.85,
    realis: false,
    list: false,
    appositive: true,
  },

  // "sanctions against X", "imposed sanctions on X", "asset freeze on X".
  {
    type: "sanctioned_by",
    re: /\b(?:sanctions?|restrictions|restrictive\s+measures|penalties|asset\s+freezes?|travel\s+bans?|visa\s+bans?|embargo)\s+(?:[a-z]+\s+){0,2}?(?:on|against|targeting)\s+(?:the\s+)?$/,
    confidence: 0.85,
    realis: true,
    list: true,
    needsVerb: true,
  },
  // "The EU's restrictions will also apply to A, B and C": the list of an adopted measure.
  {
    type: "sanctioned_by",
    re: /\b(?:sanctions|restrictions|restrictive\s+measures|blacklist|sanctions\s+list|asset\s+freeze)\s+(?:will\s+)?(?:also\s+)?(?:apply\s+to|applies\s+to|target|targets|cover|covers|include|includes)\s+(?:the\s+)?$/,
    confidence: 0.8,
    realis: false,
    list: true,
    everyone: true,
  },
  // "has blacklisted X", "sanctioned X"; the passive form is excluded in code.
  {
    type: "sanctioned_by",
    re: /\b(?:blacklisted|sanctioned|designated|blacklists)\s+(?:(?!by\b|as\b)[a-z0-9-]+\s+){0,5}$/,
    confidence: 0.85,
    realis: true,
    list: true,
    everyone: true,
  },
  // "The Council added X, which ..., to its sanctions list": the list is named after the target.
  {
    type: "sanctioned_by",
    re: /\badded\s+(?:the\s+)?$/,
    confidence: 0.75,
    realis: true,
    list: true,
    needsVerb: false,
    addedToList: true,
  },
  // "London has frozen the assets of X".
  {
    type: "sanctioned_by",
    re: /\b(?:froze|frozen|freezes|freeze)\s+(?:the\s+)?assets\s+of\s+(?:[a-z-]+\s+){0,3}$/,
    confidence: 0.75,
    realis: true,
    list: true,
  },
  // "X was sanctioned by Y", "X, blacklisted by Y".
  {
    type: "sanctioned_by",
    re: /\b(?:sanctioned|blacklisted|designated|targeted)\s+(?:[a-z]+\s+){0,2}?by\s+(?:the\s+)?$/,
    confidence: 0.85,
    realis: true,
    list: false,
    passive: true,
  },
  {
    type: "sanctioned_by",
    re: /\b(?:sanctions|restrictions)\s+(?:[a-z]+\s+){0,2}?(?:imposed|introduced)\s+by\s+(?:the\s+)?$/,
    confidence: 0.75,
    realis: true,
    list: false,
    passive: true,
  },

  // "X, who heads the Y", "who runs Y".
  {
    type: "leads",
    re: /\b(?:heads|headed|runs|ran|chairs|chaired)\s+(?:the\s+)?$/,
    confidence: 0.75,
    realis: false,
    list: false,
  },
  // "Y is run by X", "Y, headed by X": the person after "by" leads the organisation before.
  {
    type: "leads",
    re: /\b(?:is|was|are|were|,)\s+(?:run|headed|chaired)\s+by\s+$/,
    confidence: 0.7,
    realis: false,
    list: false,
    reverse: true,
  },
  // "studied at X", "a degree from X", "attended college at X", "(degrees in ... (X".
  {
    type: "educated_at",
    re: /\b(?:studied|study|studies|studying|graduated|graduate|educated|degrees?|diploma|attended(?!\s+by\b)|alumn[ia]|alumnus|j\.d\.|mba|ph\.?d\.?|doctorate|bachelor's|master's)(?:(?:(?!\b(?:worked|works|served|serves|joined|where|who)\b)[^;]){0,120}?\s)?(?:at|from|of)\s+(?:college\s+at\s+)?(?:the\s+)?$/,
    confidence: 0.8,
    realis: false,
    list: true,
  },
  {
    type: "educated_at",
    re: /\bdegrees?\s+in\s+[^;()]{0,60}\(\s*$/,
    confidence: 0.7,
    realis: false,
    list: false,
  },

  // "worked at X", "served as an editor of X", "joined X"; not "worked with X" (alongside, not for).
  {
    type: "works_for",
    re: /\b(?:worked|works|working|served|serves|serving|employed|taught|teaches|teaching|career)\s+(?:as\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}?)?(?:at|for|in|of|on)\s+(?:the\s+)?$/,
    confidence: 0.8,
    realis: false,
    list: true,
  },
  {
    type: "works_for",
    re: /\b(?:member|members|official|employee|staffer|staff|editor|correspondent|analyst|officer|banker|lawyer|economist|director-general|researcher|diplomat)\s+(?:(?!who\b|which\b|that\b)[a-z-]+\s+){0,4}?(?:of|at|for|in|with)\s+(?:the\s+)?$/,
    confidence: 0.75,
    realis: false,
    list: true,
    preferAppositive: true,
  },
  // "X, a former Goldman Sachs banker", "X, the EU's top diplomat": an employer named before the
  // occupation, in apposition.
  {
    type: "works_for",
    re: /\b(?:a|an|the)\s+(?:(?:former|veteran|senior|longtime|top)\s+){0,2}$/,
    follows:
      /^(?:'s?)?\s+(?:(?:former|veteran|senior|longtime|top|chief)\s+){0,2}(?:banker|lawyer|economist|analyst|correspondent|reporter|journalist|executive|official|diplomat|engineer|consultant|employee|staffer|trader|manager|researcher)s?\b/,
    confidence: 0.7,
    realis: false,
    list: false,
    appositive: true,
  },
  // "X, secretary of the National Security and Defense Council": a council's secretary works for it.
  {
    type: "works_for",
    re: /(?<!general\s)\bsecretary\s+of\s+(?:the\s+)?$/,
    objectName: /\b(?:Council|Committee|Commission)\b/,
    confidence: 0.7,
    realis: false,
    list: false,
    appositive: true,
  },
  // "taught history at the X School": what was taught between the verb and the employer.
  {
    type: "works_for",
    re: /\b(?:taught|teaches|lectured|lectures)\s+(?:[a-z-]+\s+){1,3}?at\s+(?:the\s+)?$/,
    confidence: 0.75,
    realis: false,
    list: false,
  },
  {
    type: "works_for",
    re: /\b(?:joined|joining|joins)\s+(?:the\s+)?$/,
    confidence: 0.7,
    realis: false,
    list: false,
  },
  // "director of the North America department at X", "head of policy planning at X": a unit's head works for the body.
  {
    type: "works_for",
    re: /\b(?:director|head|chief|chairman|chairwoman|manager|officer)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){1,4}?(?:department|division|directorate|unit|office|planning|section|bureau|desk)\s+(?:at|of|in)\s+(?:the\s+)?$/,
    confidence: 0.7,
    realis: false,
    list: false,
    appositive: true,
  },
  // "an adviser to the director of X": someone on the staff of X.
  {
    type: "works_for",
    re: /\b(?:adviser|advisor|aide|assistant)\s+to\s+the\s+(?:[a-z-]+\s+){1,3}?of\s+(?:the\s+)?$/,
    confidence: 0.65,
    realis: false,
    list: false,
    appositive: true,
  },
  // "a senior director at X", "deputy head of X": offices below the top.
  {
    type: "works_for",
    re: /\b(?:director|adviser|advisor|executive|manager|secretary)\s+(?:at|with)\s+(?:the\s+)?$/,
    confidence: 0.7,
    realis: false,
    list: false,
    appositive: true,
  },
  {
    type: "works_for",
    re: /\b(?:deputy|vice|assistant)\s+(?:head|chief|director|chairman|chairwoman|president|minister|secretary)\s+(?:of|at)\s+(?:the\s+)?$/,
    confidence: 0.75,
    realis: false,
    list: false,
    appositive: true,
  },

  // "head of X", "leader of the X party".
  // "chief executive of the newly created X": the body's head, however new.
  {
    type: "leads",
    re: /(?<!(?:deputy|vice|assistant|to\s+the|of\s+the)\s)\b(?:head|chief|leader|chairman|chairwoman|chair|president|director|governor|ceo|founder|chief\s+executive(?:\s+officer)?|managing\s+director)\s+of\s+(?:the\s+)?(?:(?:newly|recently)[\s-](?:created|formed|established|founded)\s+)?$/,
    confidence: 0.8,
    realis: false,
    list: false,
    appositive: true,
  },

  // "arrived in X", "visited X", "flew to X", "on a visit to X", "is in X", "on his way home from X".
  {
    type: "visited",
    re: /\b(?:arrived|arrives|arriving|landed)\s+(?:[a-z]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$/,
    confidence: 0.85,
    realis: true,
    list: false,
  },
  {
    type: "visited",
    re: /\barrived\s+(?:here\s+)?from\s+(?:the\s+)?$/,
    confidence: 0.55,
    realis: true,
    list: false,
    toDateline: true,
  },
  {
    type: "visited",
    re: /\b(?:visited|toured)\s+(?:the\s+)?$/,
    confidence: 0.85,
    realis: true,
    list: true,
  },
  {
    type: "visited",
    re: /\b(?:travell?ed|flew|flown|went|gone)\s+(?:[a-z]+\s+){0,2}?(?:to|into)\s+(?:the\s+)?$/,
    confidence: 0.8,
    realis: true,
    list: false,
  },
  { type: "visited", re: /\bvisiting\s+(?:the\s+)?$/, confidence: 0.7, realis: true, list: false },
  // "speaking in Helsinki, where he was on an official visit".
  {
    type: "visited",
    re: /\b(?:in|to)\s+$/,
    follows:
      /^\s*,\s+where\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:on|making)\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:visit|trip)\b/,
    confidence: 0.75,
    realis: true,
    list: false,
  },
  // "made his first foreign trip to X", "..., his fourth trip to X this year", "made her first
  // trip of her second term to X".
  {
    type: "visited",
    re: /(?:\bmade|\bmakes|,)\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,3}?(?:visit|trip)\s+(?:of\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:term|presidency|tenure|premiership)\s+)?to\s+(?:the\s+)?$/,
    confidence: 0.75,
    realis: true,
    list: false,
  },
  // "X had flown in from Doha, where ...": X was in Doha.
  {
    type: "visited",
    re: /\b(?:flew|flown|flying)\s+in\s+from\s+(?:the\s+)?$/,
    confidence: 0.65,
    realis: true,
    list: false,
  },
  {
    type: "visited",
    re: /\b(?:on|during)\s+(?:a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}?(?:visit|trip|tour)\s+(?:to|of)\s+(?:the\s+)?$/,
    confidence: 0.8,
    realis: true,
    list: false,
  },
  {
    type: "visited",
    re: /\b(?:is|was|were|are)\s+(?:currently\s+|now\s+|already\s+)?in\s+$/,
    confidence: 0.6,
    realis: true,
    list: false,
  },
  {
    type: "visited",
    re: /\bon\s+(?:his|her|their)\s+way\s+(?:home\s+|back\s+)?from\s+$/,
    confidence: 0.7,
    realis: false,
    list: false,
  },
  { type: "visited", re: /\bin\s+talks\s+in\s+$/, confidence: 0.6, realis: true, list: false },
  {
    type: "visited",
    re: /\bhad\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?meeting\s+(?:[a-z]+\s+){0,2}?in\s+$/,
    confidence: 0.6,
    realis: true,
    list: false,
  },

  // "X, who advises Y".
  {
    type: "aide_to",
    re: /\b(?:advises|advised|advising)\s+(?:president\s+)?$/,
    confidence: 0.75,
    realis: false,
    list: false,
  },
  // "a senior aide to X", "spokesman for X", "a law clerk to X".
  {
    type: "aide_to",
    re: /\b(?:aide|adviser|advisor|assistant|spokesman|spokeswoman|spokesperson|clerk|counselor|counsellor|chief\s+of\s+staff)\s+(?:to|for)\s+(?:the\s+)?$/,
    confidence: 0.85,
    realis: false,
    list: false,
    appositive: true,
  },
];

/** Verbs that make "sanctions against X" a measure actually taken by the clause subject. */
// Literal alternation; bounded.
export const IMPOSING =
  /\b(?:imposed|imposes|slapped|levied|placed|extended|renewed|suspended|introduced|adopted|announced|expanded|tightened|maintained|kept|approved|agreed)\b/;

/** Coordination between two objects of one trigger: ", ", " and ", ", and ", with an optional "(ACRONYM)". */
// Anchored both ends; bounded pieces.
export const COORDINATION =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|,?\s*and\s+|,?\s*as\s+well\s+as\s+)(?:the\s+)?$/;
/** Appositive or copula between a subject and a role trigger; bounded, no nested quantifiers. */
export const APPOSITIVE =
  /^\s*(?:,|\bis\b|\bwas\b|\bhas been\b|\bhad been\b|\bbecame\b|\bserves as\b|\bserved as\b|\bremains\b|\bnamed\b|\bappointed\b|\bas\b)[^,;]{0,60}$/;
/** "Taking part in the talks ... were": everyone named after it took part. */
export const PARTICIPANTS =
  /\b(?:taking|took)\s+part\s+in\s+the\s+(?:talks|meeting|meetings|consultations|negotiations)\b[^;]{0,80}\b(?:were|was)\s+$/;

/** "A and B met", after B. */
export const MET_AFTER_PAIR =
  /^\s*(?:,[^,;]{1,80},\s*)?(?:(?:have|had|has|finally|also|then|first|later)\s+)?(?:met|held\s+(?:[a-z-]+\s+){0,2}?(?:talks|meetings?|consultations)|sat\s+down|(?:spoke|talked)\s+(?:briefly\s+)?(?:face\s+to\s+face|in\s+person))\b/;
/** "talks between A and B", before A. */
export const BETWEEN =
  /\b(a\s+|an\s+)?(?:[a-z-]+\s+)?(?:talks|meeting|meetings|consultations|summit|negotiations)\s+between\s+(?:the\s+)?$/;
/** After "a meeting between A and B": only a held meeting counts. */
export const HELD_AFTER =
  /^[^.;]{0,40}\b(?:was|were)\s+held\b|^[^.;]{0,40}\b(?:took place|lasted|ended)\b/;
