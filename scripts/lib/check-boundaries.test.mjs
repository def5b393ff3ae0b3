// Tests for scripts/check-boundaries.mjs, with Node's own runner:
//   node --test scripts/lib/check-boundaries.test.mjs
// Each rule is shown on a small temporary tree: it passes as built, and fails once one forbidden
// import is added. Last, the real repository passes.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { checkBoundaries, isClientModule, readImports } from "../check-boundaries.mjs";
import { ROOT } from "./proc.mjs";

const trees = [];
after(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temporary repository holding `files` ({path: source}). */
function tree(files) {
  const root = mkdtempSync(path.join(os.tmpdir(), "liaison-boundaries-"));
  trees.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** "rule file:line" for each violation, so a failure shows what was found. */
const found = (root) => checkBoundaries(root).map((v) => `${v.rule} ${v.file}:${v.line}`);

/** The tree passes as given and fails with `added` (one more file or one changed file). */
function failsOnlyWith(base, added, expected) {
  assert.deepEqual(found(tree(base)), []);
  assert.deepEqual(found(tree({ ...base, ...added })), expected);
}

describe("readImports", () => {
  test("reads static, re-export, side-effect, dynamic and require specifiers with lines", () => {
    const source = [
      'import { a } from "./a";',
      "import {",
      "  b,",
      "  c,",
      '} from "@/lib/b";',
      'export { d } from "./d";',
      'export * from "./e";',
      'import "./side";',
      'const f = await import("./f");',
      'const g = require("node:fs");',
      '// import { gone } from "./commented";',
      "/* import { gone } from './block'; */",
      'export const h = 1; const x = "from \\"./not\\"";',
    ].join("\n");
    assert.deepEqual(
      readImports(source).map((i) => `${i.line} ${i.specifier}`),
      ["1 ./a", "2 @/lib/b", "6 ./d", "7 ./e", "8 ./side", "9 ./f", "10 node:fs"],
    );
  });

  test("tells type-only imports from value imports", () => {
    const source = [
      'import type { A } from "./a";',
      'import { type B, type C } from "./b";',
      'import { type D, e } from "./d";',
      'export type { F } from "./f";',
      'import G from "./g";',
    ].join("\n");
    assert.deepEqual(
      readImports(source).map((i) => `${i.specifier} ${i.typeOnly}`),
      ["./a true", "./b true", "./d false", "./f true", "./g false"],
    );
  });

  test("names .cypher query files as files under cypher/", () => {
    const source =
      'export const q = defineQuery({ file: "ingest/write-graph.cypher", mode: "WRITE" });';
    assert.deepEqual(
      readImports(source).map((i) => i.specifier),
      ["@/cypher/ingest/write-graph.cypher"],
    );
  });

  test('recognises the "use client" directive only as the first statement', () => {
    assert.equal(isClientModule('"use client";\nimport x from "y";'), true);
    assert.equal(isClientModule("// A panel.\n'use client';\n"), true);
    assert.equal(isClientModule('import x from "y";\n"use client";'), false);
  });
});

describe("rules", () => {
  test("lib/ may not import app/ or components/", () => {
    const base = {
      "lib/graph/a.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "lib/graph/b.ts": "export const b = 1;\n",
      "app/page.tsx": 'import { a } from "@/lib/graph/a";\n',
      "components/view.tsx": 'import { a } from "../lib/graph/a";\n',
    };
    failsOnlyWith(
      base,
      { "lib/graph/b.ts": 'import { View } from "@/components/view";\nexport const b = 1;\n' },
      ["lib-below-app lib/graph/b.ts:1"],
    );
    failsOnlyWith(base, { "lib/graph/c.ts": 'import type { P } from "../../app/page";\n' }, [
      "lib-below-app lib/graph/c.ts:1",
    ]);
  });

  test("lib/extract may not import what does I/O, except as types", () => {
    const base = {
      "lib/extract/relate.ts": [
        'import { z } from "zod";',
        'import { entityType } from "@/lib/schema/entity-types";',
        'import type { Session } from "neo4j-driver";',
        'import type { NlpClient } from "@/lib/nlp/client";',
        'import { tokens } from "./tokens";',
        "",
      ].join("\n"),
      "lib/extract/tokens.ts": "export const tokens = [];\n",
      "lib/extract/relate.test.ts": 'import { readFileSync } from "node:fs";\n',
      "lib/schema/entity-types.ts": 'import { z } from "zod";\n',
    };
    const adding = (line) => ({ "lib/extract/tokens.ts": `${line}\nexport const tokens = [];\n` });
    for (const line of [
      'import { readFileSync } from "node:fs";',
      'import { readFileSync } from "fs";',
      'import { request } from "http";',
      'const { spawn } = require("child_process");',
      'import neo4j from "neo4j-driver";',
      'import { getDriver } from "@/lib/neo4j/driver";',
      'import { nlpExtractor } from "@/lib/nlp/extractor";',
      'import { ingest } from "../ingest/pipeline";',
      'import { headers } from "next/headers";',
    ]) {
      failsOnlyWith(base, adding(line), ["extract-is-pure lib/extract/tokens.ts:1"]);
    }
  });

  test("lib/schema may import only zod and lib/schema", () => {
    const base = {
      "lib/schema/graph.ts":
        'import { z } from "zod";\nimport { entityType } from "./entity-types";\n',
      "lib/schema/entity-types.ts": 'import { z } from "zod";\n',
      "lib/schema/graph.test.ts": 'import { test } from "vitest";\n',
    };
    failsOnlyWith(
      base,
      {
        "lib/schema/ids.ts": 'import { z } from "zod";\nimport { slug } from "@/lib/graph/slug";\n',
      },
      ["schema-is-leaf lib/schema/ids.ts:2"],
    );
    failsOnlyWith(base, { "lib/schema/ids.ts": 'import type { Integer } from "neo4j-driver";\n' }, [
      "schema-is-leaf lib/schema/ids.ts:1",
    ]);
  });

  test("client components may not import server-only modules, directly or through others", () => {
    const base = {
      "components/panel.tsx":
        '"use client";\nimport { label } from "@/lib/view/label";\nimport type { Row } from "@/lib/db/rows";\n',
      "components/server-list.tsx": 'import { rows } from "@/lib/db/rows";\n',
      "lib/view/label.ts": 'import { z } from "zod";\nexport const label = 1;\n',
      "lib/db/rows.ts":
        'import "server-only";\nimport neo4j from "neo4j-driver";\nexport const rows = 1;\n',
      "lib/neo4j/driver.ts": 'import neo4j from "neo4j-driver";\n',
    };
    for (const line of [
      'import neo4j from "neo4j-driver";',
      'import "server-only";',
      'import { getDriver } from "@/lib/neo4j/driver";',
      'import { readFileSync } from "node:fs";',
      'import { rows } from "@/lib/db/rows";',
    ]) {
      failsOnlyWith(base, { "components/panel.tsx": `"use client";\n${line}\n` }, [
        "client-not-server components/panel.tsx:2",
      ]);
    }
    // Two steps away: the client imports a browser-looking module that imports the server one.
    const through = found(
      tree({
        ...base,
        "lib/view/label.ts": 'import { rows } from "../db/rows";\nexport const label = 1;\n',
      }),
    );
    assert.deepEqual(through, ["client-not-server components/panel.tsx:2"]);
    const [violation] = checkBoundaries(
      tree({ ...base, "lib/view/label.ts": 'import { rows } from "../db/rows";\n' }),
    );
    assert.match(violation.message, /lib\/view\/label\.ts → lib\/db\/rows\.ts → server-only/);
  });

  test("lib/console may not reach the write path", () => {
    const base = {
      "lib/console/run.ts": [
        'import { getDriver } from "@/lib/neo4j/driver";',
        'export const q = defineQuery({ file: "console/running.cypher" });',
        "",
      ].join("\n"),
      "lib/neo4j/driver.ts": "export const getDriver = 1;\n",
      "lib/ingest/pipeline.ts": "export const ingest = 1;\n",
    };
    for (const line of [
      'import { ingest } from "@/lib/ingest/pipeline";',
      'export const w = defineQuery({ file: "ingest/write-graph.cypher" });',
      'export const m = defineQuery({ file: "merge/record-merge.cypher" });',
    ]) {
      failsOnlyWith(base, { "lib/console/write.ts": `${line}\n` }, [
        "console-reads-only lib/console/write.ts:1",
      ]);
    }
  });

  test("prints file:line and the reason", () => {
    const [violation] = checkBoundaries(
      tree({ "lib/schema/a.ts": '\nimport { x } from "@/lib/graph/x";\n' }),
    );
    assert.equal(violation.file, "lib/schema/a.ts");
    assert.equal(violation.line, 2);
    assert.match(violation.message, /^imports @\/lib\/graph\/x: lib\/schema holds/);
  });
});

test("the repository keeps its import boundaries", () => {
  assert.deepEqual(
    checkBoundaries(ROOT).map((v) => `${v.file}:${v.line}: ${v.message}`),
    [],
  );
});
