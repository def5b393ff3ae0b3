/**
 * The bounds check: refuses console queries whose text builds values without bound inside one
 * expression, which Neo4j neither counts against its transaction memory limits nor stops at the
 * timeout (a `reduce` that doubles a string fills the heap in a few steps and ends the JVM). Pure,
 * so every rule is unit-tested; lib/console/run.ts runs it before the query is planned.
 *
 * It reads tokens, not a full Cypher grammar: enough to see `range(…)` bounds (literals,
 * parameters and `<number> AS name` bindings), a `reduce` whose step uses its accumulator twice,
 * values added to themselves again and again (`s + s`), nested comprehensions, and `=~` with a pattern that backtracks badly.
 * What it cannot see, the launcher's watchdog (neo4j/src) stops at run time.
 */
import type { Refusal } from "./gate";

/** Most elements one `range(…)` may have, and all ranges of a query multiplied together. */
export const MAX_RANGE = 100_000;
export const MAX_RANGE_PRODUCT = 2_000_000;
/** Deepest nesting of list comprehensions, `reduce`s and list predicates (`any(x IN …)`). */
export const MAX_ITERATION_DEPTH = 2;
export const MAX_PATTERN_CHARS = 500;

type TokenKind = "word" | "number" | "string" | "param" | "punct";
interface Token {
  kind: TokenKind;
  text: string;
}

// One token at a time, each alternative anchored at the current position (sticky) and free of
// nested quantifiers, so tokenizing is linear in the query's length.
const TOKEN =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\$\w+|\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_][\w]*|=~|<>|<=|>=|\.\.|[^\s]/y;

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < query.length && (match = TOKEN.exec(query))) {
    const text = match[0];
    if (/^\s/.test(text) || text.startsWith("//") || text.startsWith("/*")) continue;
    if (text.startsWith("'") || text.startsWith('"'))
      tokens.push({ kind: "string", text: unquote(text) });
    else if (text.startsWith("`")) tokens.push({ kind: "word", text: text.slice(1, -1) });
    else if (text.startsWith("$")) tokens.push({ kind: "param", text: text.slice(1) });
    else if (/^\d/.test(text)) tokens.push({ kind: "number", text });
    else if (/^[A-Za-z_]/.test(text)) tokens.push({ kind: "word", text });
    else tokens.push({ kind: "punct", text });
  }
  return tokens;
}

function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t" })[c] ?? c);
}

const isWord = (t: Token | undefined, word: string) =>
  t?.kind === "word" && t.text.toLowerCase() === word;
const isPunct = (t: Token | undefined, text: string) => t?.kind === "punct" && t.text === text;
const OPEN: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** Index of the bracket closing the one at `open`, or the last index when unbalanced. */
function closing(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct") continue;
    if (OPEN[t.text]) depth++;
    else if (t.text === ")" || t.text === "]" || t.text === "}") if (--depth === 0) return i;
  }
  return tokens.length - 1;
}

/** The arguments of a call whose "(" is at `open`, split at top-level commas. */
function callArguments(tokens: Token[], open: number): Token[][] {
  const end = closing(tokens, open);
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && OPEN[t.text]) depth++;
    if (t.kind === "punct" && (t.text === ")" || t.text === "]" || t.text === "}")) depth--;
    if (depth === 0 && isPunct(t, ",")) args.push([]);
    else args.at(-1)!.push(t);
  }
  return args;
}

type Bindings = Map<string, number>;

/** Numbers bound by name: `$params`, and `WITH <arithmetic> AS name` (or `, <arithmetic> AS name`). */
function numericBindings(tokens: Token[], params: Record<string, unknown>): Bindings {
  const bound: Bindings = new Map();
  for (const [name, value] of Object.entries(params)) {
    const n = typeof value === "number" ? value : Number(value);
    if (typeof value !== "boolean" && value !== null && Number.isFinite(n))
      bound.set(`$${name}`, n);
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!isWord(tokens[i], "as") || tokens[i + 1]!.kind !== "word") continue;
    let start = i;
    while (start > 0 && !isWord(tokens[start - 1], "with") && !isPunct(tokens[start - 1], ","))
      start--;
    if (start === 0) continue;
    const expression = tokens.slice(start, i);
    // A value computed from the data but scaled by a large literal is at least that literal.
    const factor = expression.find((t) => t.kind === "number" && Number(t.text) > MAX_RANGE);
    const value = evaluate(expression, bound) ?? (factor && Number(factor.text));
    if (value !== undefined) bound.set(tokens[i + 1]!.text, value);
  }
  return bound;
}

/**
 * Value of a small arithmetic expression (numbers, bound names, + - * / ^ %, parentheses,
 * toInteger/toFloat of numbers and numeric strings), or undefined when it depends on anything else.
 */
export function evaluate(tokens: Token[], bound: Bindings): number | undefined {
  let at = 0;
  const peek = () => tokens[at];
  const primary = (): number | undefined => {
    const t = tokens[at++];
    if (!t) return undefined;
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "param") return bound.get(`$${t.text}`);
    if (isPunct(t, "-")) {
      const v = power();
      return v === undefined ? undefined : -v;
    }
    if (isPunct(t, "(")) {
      const v = sum();
      return isPunct(tokens[at++], ")") ? v : undefined;
    }
    if (t.kind === "word" && /^to(integer|float)$/i.test(t.text) && isPunct(peek(), "(")) {
      at++;
      const literal = peek()?.kind === "string" ? Number(tokens[at++]!.text) : undefined;
      const v = literal ?? sum();
      return isPunct(tokens[at++], ")") && v !== undefined
        ? /integer/i.test(t.text)
          ? Math.trunc(v)
          : v
        : undefined;
    }
    if (t.kind === "word") return bound.get(t.text);
    return undefined;
  };
  const power = (): number | undefined => {
    const base = primary();
    if (isPunct(peek(), "^")) {
      at++;
      const exponent = power();
      return base === undefined || exponent === undefined ? undefined : base ** exponent;
    }
    return base;
  };
  const product = (): number | undefined => {
    let v = power();
    while (isPunct(peek(), "*") || isPunct(peek(), "/") || isPunct(peek(), "%")) {
      const op = tokens[at++]!.text;
      const r = power();
      if (v === undefined || r === undefined) return undefined;
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
    return v;
  };
  const sum = (): number | undefined => {
    let v = product();
    while (isPunct(peek(), "+") || isPunct(peek(), "-")) {
      const op = tokens[at++]!.text;
      const r = product();
      if (v === undefined || r === undefined) return undefined;
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };
  const value = sum();
  return at === tokens.length && value !== undefined && Number.isFinite(value) ? value : undefined;
}

const format = (n: number) =>
  n >= 1e15 ? n.toExponential(1) : Math.round(n).toLocaleString("en-US");

function refuse(message: string): Refusal {
  return {
    reason: "unbounded",
    message: `${message} The console refuses values this large because they are built in memory at once.`,
  };
}

function checkRanges(tokens: Token[], bound: Bindings): Refusal | null {
  let product = 1;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isWord(tokens[i], "range") || !isPunct(tokens[i + 1], "(")) continue;
    // UNWIND streams a range row by row (it is never built whole) and Neo4j stops it at the timeout.
    if (isWord(tokens[i - 1], "unwind")) continue;
    const args = callArguments(tokens, i + 1);
    const [start, end, step] = args.map((arg) => evaluate(arg, bound));
    if (start === undefined || end === undefined) {
      // Bounds that depend on the data, but with a factor as large as a refused range.
      const factor = args.flat().find((t) => t.kind === "number" && Number(t.text) > MAX_RANGE);
      if (factor)
        return refuse(
          `range(…) here has a bound computed with ${format(Number(factor.text))}; a range may have at most ${format(MAX_RANGE)} elements.`,
        );
      continue;
    }
    const by = step ?? 1;
    if (by === 0) continue; // Neo4j refuses a zero step itself
    const size = Math.max(0, Math.floor((end - start) / by) + 1);
    if (size > MAX_RANGE)
      return refuse(
        `range(…) here has ${format(size)} elements; at most ${format(MAX_RANGE)} are allowed.`,
      );
    product *= Math.max(size, 1);
    if (product > MAX_RANGE_PRODUCT)
      return refuse(
        `The ranges of this query multiply to ${format(product)} elements; at most ${format(MAX_RANGE_PRODUCT)} are allowed.`,
      );
  }
  return null;
}

/** `reduce(acc = …, x IN … | step)` whose step uses `acc` twice doubles it at every element. */
function checkReduce(tokens: Token[]): Refusal | null {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!isWord(tokens[i], "reduce") || !isPunct(tokens[i + 1], "(")) continue;
    const accumulator = tokens[i + 2]!;
    if (accumulator.kind !== "word" || !isPunct(tokens[i + 3], "=")) continue;
    const end = closing(tokens, i + 1);
    const bar = tokens.slice(i, end).findIndex((t) => isPunct(t, "|"));
    if (bar < 0) continue;
    const uses = tokens
      .slice(i + bar + 1, end)
      .filter((t) => t.kind === "word" && t.text === accumulator.text);
    if (uses.length > 1)
      return refuse(
        `This reduce(…) uses its accumulator \`${accumulator.text}\` more than once in its step, so the value can double at every element.`,
      );
  }
  return null;
}

/** Most expressions of one query that add a value to itself (`s + s`), each doubling it. */
export const MAX_SELF_ADDITIONS = 2;

const SPAN_END = new Set([
  "with",
  "return",
  "unwind",
  "where",
  "as",
  "order",
  "match",
  "call",
  "yield",
]);

/**
 * Expressions that grow a value from itself: `s + s` (or `s + '' + s`) doubles `s`, and
 * `replace(s, 'x', s)` squares it. A query may double a few times; chained, these reach a gigabyte
 * in thirty steps whatever the names, so more than MAX_SELF_ADDITIONS of them, or any self-replace,
 * is refused.
 */
function checkSelfGrowth(tokens: Token[]): Refusal | null {
  let additions = 0;
  let span: Token[] = [];
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !(t.kind === "word" && SPAN_END.has(t.text.toLowerCase()))) {
      span.push(t);
      continue;
    }
    const name = repeatedName(span);
    const body = span;
    span = [];
    if (!name) continue;
    if (body.some((b) => isWord(b, "replace")))
      return refuse(
        `replace(…) here puts \`${name}\` into itself, which squares its size at every step.`,
      );
    if (body.some((b) => isPunct(b, "+")) && ++additions > MAX_SELF_ADDITIONS)
      return refuse(
        `This query adds a value to itself (like \`${name}\` here) more than ${MAX_SELF_ADDITIONS} times, and each time doubles it.`,
      );
  }
  return null;
}

const KEYWORDS = /^(in|and|or|xor|not|null|true|false|case|when|then|else|end|is|distinct)$/i;

/** A bare name (not a property, function or key) used more than once in the span, if any. */
function repeatedName(span: Token[]): string | undefined {
  const counts = new Map<string, number>();
  span.forEach((t, i) => {
    if (t.kind !== "word" || KEYWORDS.test(t.text)) return;
    if (isPunct(span[i + 1], ".") || isPunct(span[i + 1], "(") || isPunct(span[i + 1], ":")) return;
    if (isPunct(span[i - 1], ".") || isPunct(span[i - 1], ":")) return;
    counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  });
  return [...counts].find(([, n]) => n > 1)?.[0];
}

/** Starts of iteration scopes: `[x IN`, `reduce(`, `any(x IN` and the like. */
function opensIteration(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isPunct(t, "[")) return tokens[i + 1]?.kind === "word" && isWord(tokens[i + 2], "in");
  if (!isPunct(t, "(")) return false;
  const before = tokens[i - 1];
  if (isWord(before, "reduce")) return true;
  return (
    ["any", "all", "none", "single"].some((w) => isWord(before, w)) &&
    tokens[i + 1]?.kind === "word" &&
    isWord(tokens[i + 2], "in")
  );
}

function checkNesting(tokens: Token[]): Refusal | null {
  const stack: boolean[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "punct") continue;
    if (OPEN[t.text]) {
      const iteration = opensIteration(tokens, i);
      stack.push(iteration);
      if (iteration && ++depth > MAX_ITERATION_DEPTH)
        return refuse(
          `List comprehensions, reduce(…) and list predicates are nested ${depth} deep here; at most ${MAX_ITERATION_DEPTH} levels are allowed, since each level multiplies the work.`,
        );
    } else if (t.text === ")" || t.text === "]" || t.text === "}") {
      if (stack.pop()) depth--;
    }
  }
  return null;
}

/**
 * Why a regular expression may backtrack without bound in Java's engine, or null: a quantified
 * group that itself holds a quantifier or an alternation (`(a+)+`, `(a|aa)*`), back-references,
 * three or more unbounded wildcards, or a very long pattern.
 */
export function riskyPattern(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_CHARS)
    return `it is longer than ${MAX_PATTERN_CHARS} characters`;
  if (/\\[1-9]|\\k</.test(pattern)) return "it uses a back-reference";
  const groups: { quantified: boolean; alternation: boolean }[] = [];
  let wildcards = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
      continue;
    }
    const next = pattern[i + 1];
    const quantifiedNext = next === "*" || next === "+" || next === "{";
    if (c === "(") groups.push({ quantified: false, alternation: false });
    else if (c === "|" && groups.length) groups.at(-1)!.alternation = true;
    else if (c === ")") {
      const group = groups.pop();
      if (quantifiedNext && group && (group.quantified || group.alternation))
        return "a repeated group holds a repetition or an alternation, which can backtrack exponentially";
      if (quantifiedNext && groups.length) groups.at(-1)!.quantified = true;
      if (group?.quantified && groups.length) groups.at(-1)!.quantified = true;
    } else if (c === "*" || c === "+" || (c === "{" && /^\{\d+,\d*\}/.test(pattern.slice(i)))) {
      if (groups.length) groups.at(-1)!.quantified = true;
      if (c !== "{" || /^\{\d+,\}/.test(pattern.slice(i))) wildcards++;
    }
  }
  if (wildcards >= 3)
    return "it has three or more unbounded repetitions, which backtrack polynomially";
  return null;
}

function checkRegex(tokens: Token[], params: Record<string, unknown>): Refusal | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!isPunct(tokens[i], "=~")) continue;
    const right = tokens[i + 1];
    const pattern =
      right?.kind === "string"
        ? right.text
        : right?.kind === "param"
          ? params[right.text]
          : undefined;
    if (typeof pattern !== "string")
      return refuse(
        "`=~` takes its regular expression here only as a string literal or a string $parameter, so that it can be checked.",
      );
    const risk = riskyPattern(pattern);
    if (risk) return refuse(`The regular expression after \`=~\` is refused: ${risk}.`);
  }
  return null;
}

/** Why the query's text must not run, or null when no rule sees an unbounded value. */
export function judgeText(query: string, params: Record<string, unknown> = {}): Refusal | null {
  const tokens = tokenize(query);
  const bound = numericBindings(tokens, params);
  return (
    checkRanges(tokens, bound) ??
    checkReduce(tokens) ??
    checkSelfGrowth(tokens) ??
    checkNesting(tokens) ??
    checkRegex(tokens, params)
  );
}
