import { describe, expect, it } from "vitest";
import { evaluate, judgeText, riskyPattern, tokenize } from "./bounds";

const refused = (query: string, params: Record<string, unknown> = {}) =>
  judgeText(query, params)?.reason;

describe("judgeText", () => {
  it.each<[string, string, Record<string, unknown>?]>([
    [
      "the self-doubling reduce that ended the JVM",
      "RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s))",
    ],
    ["a list comprehension over 45 million elements", "RETURN size([x IN range(1, 45000000) | x])"],
    ["a range written as a power", "RETURN size([x IN range(0, 10^9) | x])"],
    ["a range bound by a parameter", "RETURN size(range(1, $n))", { n: 50_000_000 }],
    ["a range bound by WITH", "WITH 45000000 AS n RETURN [x IN range(1, n) | x]"],
    ["a range with a computed bound", "RETURN range(1, toInteger(1e8))"],
    [
      "a range bound scaled from the data",
      "MATCH (n) WITH count(n) * 1000000 AS big RETURN size([x IN range(1, big) | x])",
    ],
    [
      "a range bound parsed from a string",
      "WITH toInteger('60000000') AS n RETURN size([x IN range(1, n) | x])",
    ],
    ["ranges that multiply", "RETURN [a IN range(1, 10000) | [b IN range(1, 10000) | a * b]]"],
    ["a range bound by arithmetic in WITH", "WITH 1000 * 1000 * 60 AS n RETURN size(range(1, n))"],
    ["a reduce that appends itself", "RETURN reduce(l = [1], i IN range(1, 40) | l + [l])"],
    [
      "a reduce with its accumulator in a function",
      "RETURN reduce(s = 'ab', i IN range(1, 40) | s + toUpper(s))",
    ],
    [
      "WITH doubling",
      "WITH 'x' AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s RETURN size(s)",
    ],
    [
      "doubling under changing names",
      "WITH 'x' AS a WITH a + '' + a AS b WITH b + b AS a WITH a + a AS b RETURN size(b)",
    ],
    ["a self-replace", "WITH 'xx' AS s WITH replace(s, 'x', s) AS s RETURN size(s)"],
    [
      "three nested comprehensions",
      "MATCH (n) WITH collect(n) AS ns RETURN size([a IN ns | [b IN ns | [c IN ns | 1]]])",
    ],
    [
      "predicates nested in comprehensions",
      "MATCH (n) WITH collect(n) AS ns RETURN [a IN ns WHERE any(b IN ns WHERE all(c IN ns WHERE c = b))]",
    ],
    ["a catastrophic regex", "MATCH (n) WHERE n.name =~ '(a+)+b' RETURN n"],
    ["an alternation under a star", "RETURN 'aaaa' =~ '(a|aa)*c'"],
    ["a regex from a parameter", "RETURN 'aaaa' =~ $p", { p: "(\\w+\\s?)*$" }],
    ["a computed regex", "MATCH (n) RETURN n.name =~ n.pattern"],
    ["a back-reference", "RETURN 'abab' =~ '(ab)\\\\1'"],
  ])("refuses %s", (_, query, params = {}) => {
    expect(refused(query, params)).toBe("unbounded");
  });

  it.each([
    "MATCH (n:Entity) RETURN n.name LIMIT 25",
    "UNWIND range(1, 1000) AS x RETURN sum(x)",
    "UNWIND range(1, 100000000000) AS i WITH i WHERE i < 0 RETURN i",
    "RETURN [x IN range(0, 10) | x * x]",
    "MATCH p = (a)-[*1..3]-(b) RETURN [n IN nodes(p) | n.name] AS names LIMIT 5",
    "RETURN reduce(total = 0, x IN [1, 2, 3] | total + x)",
    "MATCH (n:Entity) WHERE n.name =~ '(?i).*putin.*' RETURN n",
    "MATCH (n) WHERE n.name =~ $p RETURN n",
    "RETURN 'a' + 'b' AS s",
    "MATCH (n) RETURN n.name + ' ' + n.name AS n",
    "WITH 'x' AS s WITH s + s AS s RETURN s + s AS t",
    "MATCH (n) RETURN CASE WHEN n.x > 0 THEN n.x + 1 ELSE 0 END AS x, {name: n.name} AS m",
    "RETURN [p IN [[1, 2], [3]] | [x IN p | x + 1]]",
    "RETURN range(1, size([1, 2, 3]))",
    "// range(1, 100000000) in a comment\nRETURN 1",
    "RETURN 'range(1, 100000000)' AS text",
  ])("lets %j through", (query) => {
    expect(judgeText(query, { p: "^Vlad" })).toBeNull();
  });

  it("says why in plain words", () => {
    expect(judgeText("RETURN size([x IN range(1, 45000000) | x])")?.message).toMatch(
      /range\(…\) here has 45,000,000 elements; at most 100,000/,
    );
  });
});

describe("evaluate", () => {
  const bound = new Map([
    ["n", 10],
    ["$m", 3],
  ]);
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 ^ 3", 1000],
    ["-n + $m", -7],
    ["toInteger(2.5e3)", 2500],
  ])("%s = %d", (text, value) => expect(evaluate(tokenize(text), bound)).toBe(value));
  it("answers undefined for what depends on data", () => {
    expect(evaluate(tokenize("size(x)"), bound)).toBeUndefined();
  });
});

describe("riskyPattern", () => {
  it.each(["(a+)+", "(a|b)*", "(x{1,3}){2,}", ".*a.*b.*c", "(\\d)\\1"])("flags %s", (p) => {
    expect(riskyPattern(p)).not.toBeNull();
  });
  it.each(["^Vlad", "(?i).*putin.*", "[a-z]+@[a-z]+", "(?:ab)+c", "\\d{4}-\\d{2}"])(
    "allows %s",
    (p) => {
      expect(riskyPattern(p)).toBeNull();
    },
  );
});

describe("the console's own examples", () => {
  it("all pass the bounds check", async () => {
    const { loadExamples } = await import("./examples");
    for (const example of loadExamples())
      expect(judgeText(example.query, example.params)).toBeNull();
  });
});
