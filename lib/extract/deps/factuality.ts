/**
 * Whether a predicate (a verb such as "met", or a noun such as "talks") is stated as having
 * happened, read from the parse: negation, modal and future auxiliaries, conditionals, and
 * governing predicates of intention, expectation, denial or threat ("plans to meet", "is expected
 * to meet", "denied meeting", "threatened sanctions", "called for talks").
 */
import { depsOf, type Token } from "../analysis";

const MODALS = new Set([
  "will",
  "would",
  "could",
  "may",
  "might",
  "should",
  "shall",
  "can",
  "must",
  "ought",
  "'ll",
  "wo",
]);
const NEGATIONS = new Set(["not", "never", "n't", "no", "neither", "nor"]);
/** Predicates under which an event is intended, expected, asked for or denied, not stated. */
const UNREAL_HEADS = new Set(
  `plan expect hope want wish seek propose intend schedule prepare aim try attempt refuse decline deny reject threaten
  call urge offer invite ask agree plan consider discuss suggest demand push press lobby vow pledge promise arrange
  likely due set able unable ready eager willing keen possible impossible poised expected scheduled planned going
  announce mull weigh contemplate dream fail cancel postpone delay rule avoid oppose need require recommend
  warn would insist preparation run-up`
    .split(/\s+/)
    .filter(Boolean),
);
/** Modifiers of an event noun that make it unreal ("a possible meeting", "planned talks"). */
const UNREAL_MODIFIERS = new Set(
  `possible planned proposed potential future upcoming expected prospective would-be next scheduled hypothetical mooted
  anticipated eventual`
    .split(/\s+/)
    .filter(Boolean),
);
const CONDITIONAL_MARKS = new Set(["if", "unless", "whether", "once", "until"]);
/** Time words that put an event ahead ("next month", "tomorrow", "later this week"). */
const FUTURE_TIMES = new Set(["tomorrow", "next", "upcoming", "coming", "later", "soon"]);

function future(t: Token): boolean {
  for (const e of t.deps) {
    if (!/^(?:obl:tmod|obl|advmod|obl:in|nmod:tmod)/.test(e.rel)) continue;
    if (FUTURE_TIMES.has(e.token.key) && e.token.key !== "later") return true;
    if (
      e.token.deps.some(
        (d) =>
          (d.rel === "amod" || d.rel === "advmod") &&
          FUTURE_TIMES.has(d.token.key) &&
          d.token.key !== "later",
      )
    )
      return true;
  }
  return false;
}

function negatedOrModal(t: Token): boolean {
  for (const e of t.deps) {
    const key = e.token.key;
    if ((e.rel === "advmod" || e.rel === "det" || e.rel === "cc:preconj") && NEGATIONS.has(key))
      return true;
    if ((e.rel === "aux" || e.rel === "aux:pass") && MODALS.has(e.token.word.toLowerCase()))
      return true;
    // "is going to meet", "is to meet": a future of "be" + to.
    if (e.rel === "mark" && CONDITIONAL_MARKS.has(key)) return true;
    // "had been due to fly": "due to" before a verb is a plan.
    if (e.rel === "mark" && key === "due") return true;
  }
  return false;
}

/** The event at t is stated (past or ongoing), judged over t and the predicates governing it. */
export function isAsserted(t: Token, levels = 4): boolean {
  let current: Token | undefined = t;
  for (let depth = 0; current && depth < levels; depth++) {
    if (negatedOrModal(current) || future(current)) return false;
    if (depth > 0 && UNREAL_HEADS.has(current.key)) return false;
    if (current.pos.startsWith("NN")) {
      for (const e of current.deps)
        if ((e.rel === "amod" || e.rel === "compound") && UNREAL_MODIFIERS.has(e.token.key))
          return false;
    }
    // Up through the clauses that carry modality to their complements and to the events they name.
    const up: { rel: string; token: Token } | undefined = current.heads.find(
      (h) =>
        /^(?:xcomp|ccomp|obj|nsubj|nsubj:pass|obl|obl:.*|nmod:.*|acl|acl:.*|conj:.*|csubj|advcl:to)$/.test(
          h.rel,
        ) && !/^(?:obl:tmod|nmod:poss)$/.test(h.rel),
    );
    if (!up) break;
    // A clause under "say", "announce" or "confirm" is reported, not weakened: stop climbing.
    if (up.rel === "ccomp" && !UNREAL_HEADS.has(up.token.key)) break;
    // conj: the modality of the first conjunct is not this one's ("met X and will meet Y").
    if (up.rel.startsWith("conj")) break;
    if (up.rel === "obl" || up.rel.startsWith("obl:") || up.rel.startsWith("nmod:")) {
      // "after talks with X", "during a meeting": the event itself is not under its governor's modality,
      // unless the governor is a noun of intention ("plans for talks").
      if (!UNREAL_HEADS.has(up.token.key)) break;
    }
    current = up.token;
  }
  return true;
}

/** Any token of the sentence among these lemmas (a cheap gate before walking the parse). */
export function hasLemma(tokens: readonly Token[], lemmas: ReadonlySet<string>): boolean {
  return tokens.some((t) => lemmas.has(t.key));
}

export { depsOf };
