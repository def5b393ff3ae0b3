// The console exhaustion queries: what lib/console/exhaustion.db.test.ts checks and
// scripts/bench-console-exhaustion.ts measures. Each tries to take Neo4j or the app down through
// the console: strings and lists that grow, nested comprehensions, regular expressions, huge single
// rows and answers, deep variable-length paths, many at once.

/** The console timeout the queries run under; each must have ended in Neo4j 2 s after it. */
export const EXHAUSTION_TIMEOUT_MS = 2_000;

/** 60 :ExhaustionFixture nodes, each linked to the next 6 (wrapping): paths explode combinatorially. */
export const EXHAUSTION_FIXTURE = [
  "UNWIND range(0, 59) AS i CREATE (:ExhaustionFixture {i: i, name: 'node ' + toString(i)})",
  `MATCH (a:ExhaustionFixture), (b:ExhaustionFixture)
   WHERE b.i IN [k IN range(1, 6) | (a.i + k) % 60]
   CREATE (a)-[:EXHAUSTION_LINK]->(b)`,
];

const X50 = "'" + "x".repeat(50) + "'";

/** [what it tries, the query, the statuses it may end with], run one at a time. */
export const EXHAUSTION_QUERIES: [string, string, number[]][] = [
  // Strings that grow
  [
    "doubles a string 30 times in reduce (ended the JVM before)",
    "RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s))",
    [422],
  ],
  [
    "doubles through a function",
    "RETURN size(reduce(s = 'ab', i IN range(1, 40) | s + toUpper(s)))",
    [422],
  ],
  [
    "doubles in a chain of WITHs",
    "WITH 'x' AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s WITH s + s AS s RETURN size(s)",
    [422],
  ],
  [
    "doubles under alternating names",
    "WITH 'x' AS a WITH a + a AS b WITH b + b AS a WITH a + a AS b RETURN size(b)",
    [422],
  ],
  [
    "squares a string with replace",
    "WITH 'xxxxxxxx' AS s WITH replace(s, 'x', s) AS s WITH replace(s, 'x', s) AS s RETURN size(s)",
    [422],
  ],
  [
    "grows a string linearly for a long time",
    "RETURN size(reduce(s = '', i IN range(1, 100000) | s + 'xxxxxxxxxx'))",
    [200, 504],
  ],
  [
    "concatenates a collected list in reduce",
    "UNWIND range(1, 100000) AS i WITH collect(toString(i) + 'padding padding') AS l RETURN size(reduce(s = '', x IN l | s + x))",
    [200, 504],
  ],
  // Lists that grow
  [
    "builds a 45-million-element list (ended the JVM before)",
    "RETURN size([x IN range(1, 45000000) | x])",
    [422],
  ],
  ["hides the range size in WITH", "WITH 45000000 AS n RETURN size([x IN range(1, n) | x])", [422]],
  [
    "scales a range size from the data by a million",
    "MATCH (n:ExhaustionFixture) WITH count(n) * 1000000 AS big RETURN size([x IN range(1, big) | x])",
    [422],
  ],
  [
    "computes a 65-million range size from the data alone",
    "MATCH (n:ExhaustionFixture) WITH count(n) AS c RETURN size([x IN range(1, c * c * c * 300) | x])",
    [422, 504],
  ],
  [
    "collects 30 million numbers, tracked by Neo4j",
    "UNWIND range(1, 30000000) AS x RETURN size(collect(x))",
    [422, 504],
  ],
  [
    "parses the range size from a string",
    "WITH toInteger('60000000') AS n RETURN size([x IN range(1, n) | x])",
    [422],
  ],
  [
    "nests two ranges into ten billion",
    "RETURN size([x IN range(1, 100000) | range(1, 100000)])",
    [422],
  ],
  [
    "appends a list to itself in reduce",
    "RETURN size(reduce(l = [1], i IN range(1, 40) | l + [l]))",
    [422],
  ],
  [
    "appends to a list one by one for a long time",
    "RETURN size(reduce(l = [], i IN range(1, 100000) | l + i))",
    [200, 504],
  ],
  [
    "collects a cartesian product",
    "MATCH (a:ExhaustionFixture), (b:ExhaustionFixture), (c:ExhaustionFixture) RETURN size(collect([a.name, b.name, c.name]))",
    [200, 422, 504],
  ],
  [
    "collects two million numbers into one row",
    "UNWIND range(1, 100000) AS a UNWIND range(1, 20) AS b RETURN collect(a * b) AS all",
    [200, 413, 422, 504],
  ],
  // Nested comprehensions
  [
    "nests three comprehensions over collected nodes",
    "MATCH (n:ExhaustionFixture) WITH collect(n) AS ns RETURN size([a IN ns | [b IN ns | [c IN ns | a.i + b.i + c.i]]])",
    [422],
  ],
  [
    "nests list predicates three deep",
    "MATCH (n:ExhaustionFixture) WITH collect(n) AS ns RETURN [a IN ns WHERE any(b IN ns WHERE all(c IN ns WHERE c.i <> b.i + a.i))] AS x",
    [422],
  ],
  [
    "nests two comprehensions at the range limit",
    "RETURN size([x IN range(1, 1000) | [y IN range(1, 1000) | x * y]])",
    [200, 504],
  ],
  [
    "nests pattern comprehensions",
    "MATCH (n:ExhaustionFixture) RETURN [(n)--(m) | [(m)--(o) | [(o)--(p) | p.i]]] AS deep",
    [200, 413, 504],
  ],
  // Regular expressions
  [
    "matches a catastrophic regex",
    "MATCH (n:ExhaustionFixture) WHERE n.name =~ '(a+)+b' RETURN n",
    [422],
  ],
  [
    "matches an alternation under a star",
    "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a|aa)*c'",
    [422],
  ],
  [
    "matches a computed regex",
    "MATCH (n:ExhaustionFixture) RETURN n.name =~ (n.name + '+')",
    [422],
  ],
  [
    "matches many wildcards",
    "RETURN reduce(s = '', i IN range(1, 2000) | s + 'aaaaaaaaaa') =~ '.*a.*b.*c.*d'",
    [422],
  ],
  [
    "matches a safe regex over a long built string",
    "WITH reduce(s = '', i IN range(1, 3000) | s + 'aaaaaaaaaa') AS s RETURN s =~ '.*b.*'",
    [200, 504],
  ],
  // Huge single rows and huge answers
  ["returns the largest range allowed", "RETURN range(1, 100000) AS r", [200]],
  [
    "returns a thousand rows of 50 KB",
    `UNWIND range(1, 1000) AS i RETURN i, [x IN range(1, 1000) | ${X50}] AS blob`,
    [413],
  ],
  [
    "returns one row of 12 MB",
    `RETURN [x IN range(1, 100000) | toString(x) + ${X50} + ${X50}] AS blob`,
    [413, 504],
  ],
  // Deep variable-length paths
  ["counts every path", "MATCH p = (:ExhaustionFixture)-[*]-() RETURN count(p)", [200, 504]],
  [
    "collects every path",
    "MATCH p = (:ExhaustionFixture)-[*]-() RETURN collect(p) AS paths",
    [200, 413, 422, 504],
  ],
  [
    "returns long paths",
    "MATCH p = (:ExhaustionFixture)-[*20..40]->() RETURN p LIMIT 1000",
    [200, 413, 504],
  ],
  [
    "expands paths inside a pattern comprehension",
    "MATCH (a:ExhaustionFixture) RETURN size([(a)-[*1..9]-(b) | b.i]) AS reach",
    [200, 504],
  ],
];

/** [what it tries, the queries run at once]; any may end 200, 413, 422, 503 (busy) or 504. */
export const EXHAUSTION_GROUPS: [string, string[]][] = [
  [
    "eight path explosions at once",
    Array(8).fill("MATCH p = (:ExhaustionFixture)-[*]-() RETURN count(p)"),
  ],
  [
    "four long string builds at once",
    Array(4).fill("RETURN size(reduce(s = '', i IN range(1, 100000) | s + 'xxxxxxxxxx'))"),
  ],
  [
    "four collects at once, over the total transaction memory",
    Array(4).fill("UNWIND range(1, 8000000) AS x RETURN size(collect(x))"),
  ],
  [
    "four big nested comprehensions at once",
    Array(4).fill("RETURN size([x IN range(1, 1000) | [y IN range(1, 1000) | toString(x * y)]])"),
  ],
  [
    "one of each kind at once",
    [
      "RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s))",
      "MATCH (n:ExhaustionFixture) WITH count(n) * 1000000 AS big RETURN size([x IN range(1, big) | x])",
      "WITH reduce(s = '', i IN range(1, 3000) | s + 'aaaaaaaaaa') AS s RETURN s =~ '.*b.*'",
      `UNWIND range(1, 1000) AS i RETURN i, [x IN range(1, 1000) | ${X50}] AS blob`,
      "MATCH p = (:ExhaustionFixture)-[*]-() RETURN count(p)",
    ],
  ],
];
