// `npm run check:boundaries`: fails when an import crosses one of the layer boundaries below (plain
// Node, no dependencies). It reads the import, export-from, dynamic import() and require()
// specifiers of every .ts/.tsx/.mjs file under lib/, components/ and app/, resolves `@/` to the
// repository root and relative paths to files, and checks them against RULES. Test files
// (`*.test.*`) are not shipped and are not checked. Prints `file:line: what and why` for each
// violation and exits 1 when there is any.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * The boundaries. `files` says which files a rule governs; a target is named `@/<path>` for a
 * project file (e.g. `@/lib/neo4j/driver.ts`, `@/cypher/ingest/write-graph.cypher`), `node:<name>`
 * for a Node builtin and by its specifier for a package (`neo4j-driver`, `next/navigation`).
 * `forbid` lists the targets a governed file may not import, `allowOnly` the only ones it may;
 * `reaching` also forbids project modules that import one of those packages, directly or through
 * other project modules. `typeOnly: true` lets `import type` through (it is erased at build).
 * Patterns: `*` is anything but `/`, `**` is anything.
 */
export const RULES = [
  {
    name: "lib-below-app",
    files: (f) => f.path.startsWith("lib/"),
    forbid: ["@/app/**", "@/components/**"],
    why: "lib/ is the layer below the app: app/ and components/ import lib/, never the reverse",
  },
  {
    name: "extract-is-pure",
    files: (f) => f.path.startsWith("lib/extract/"),
    forbid: [
      "node:**",
      "neo4j-driver",
      "@/lib/neo4j/**",
      "@/lib/nlp/**",
      "@/lib/ingest/**",
      "next",
      "next/**",
    ],
    typeOnly: true,
    why: "lib/extract is pure text-in, graph-out code and does no I/O (files, network, database, Next.js)",
  },
  {
    name: "schema-is-leaf",
    files: (f) => f.path.startsWith("lib/schema/"),
    allowOnly: ["zod", "zod/**", "@/lib/schema/**"],
    why: "lib/schema holds the zod schemas everything else shares and depends on nothing but zod",
  },
  {
    name: "client-not-server",
    files: (f) => f.client,
    forbid: ["neo4j-driver", "server-only", "@/lib/neo4j/**", "node:**"],
    reaching: ["server-only", "neo4j-driver"],
    typeOnly: true,
    why: 'a "use client" module is bundled for the browser, where server-only code cannot run',
  },
  {
    name: "console-reads-only",
    files: (f) => f.path.startsWith("lib/console/"),
    forbid: ["@/lib/ingest/**", "@/cypher/ingest/**", "@/cypher/merge/**"],
    why: "lib/console runs users' own Cypher and must not reach the write path (ingest, merges)",
  },
];

const SCANNED_DIRS = ["lib", "components", "app"];
const SOURCE = /\.(ts|tsx|mjs)$/;
const TEST_FILE = /\.test\.(ts|tsx|mjs)$/;
const RESOLVE_EXTENSIONS = [
  "",
  ".ts",
  ".tsx",
  ".mjs",
  ".js",
  "/index.ts",
  "/index.tsx",
  "/index.mjs",
];

/** `*` matches within one path segment, `**` across segments. */
function globToRegExp(pattern) {
  const body = pattern
    .split("**")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*"))
    .join(".*");
  return new RegExp(`^${body.replace(/\/\.\*$/, "(/.*)?")}$`);
}
const matcher = (patterns) => {
  const regexps = patterns.map(globToRegExp);
  return (target) => regexps.some((re) => re.test(target));
};

/** Source with comment lines blanked, so a commented-out import is not read (line numbers kept). */
function withoutComments(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, " "))
    .replace(/^[ \t]*\/\/.*$/gm, "");
}

// Each statement regex only spans the characters an import clause can hold (names, braces,
// commas, `*`, whitespace), so it cannot run on past an `=` or `(` into unrelated code.
const CLAUSE = String.raw`((?:(?!\b(?:import|export)\b)[\w$\s{},*])*?)`;
const STATEMENTS = [
  new RegExp(
    String.raw`^[ \t]*(import|export)\s+(type\s+)?${CLAUSE}\s*from\s*["']([^"']+)["']`,
    "gm",
  ),
  /^[ \t]*(import)()()\s*["']([^"']+)["']/gm, // side-effect import
  /\b(import|require)()()\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g,
];
const CYPHER_FILE = /["'`]([\w./-]+\.cypher)["'`]/g; // query files named by defineQuery({ file })

const lineOf = (text, index) => text.slice(0, index).split("\n").length;

/** The import-like references of one source text: {specifier, line, typeOnly}. */
export function readImports(text) {
  const source = withoutComments(text);
  const found = [];
  for (const re of STATEMENTS) {
    for (const m of source.matchAll(re)) {
      const [, , typeKeyword, clause, specifier] = m;
      // `import { type A, type B } from` is erased too; `import A, { type B }` is not.
      const names = /^\s*\{([^}]*)\}\s*$/.exec(clause ?? "")?.[1];
      const allTypes =
        names !== undefined &&
        names.split(",").filter((n) => n.trim()).length > 0 &&
        names.split(",").every((n) => !n.trim() || /^\s*type\s/.test(n));
      found.push({
        specifier,
        line: lineOf(source, m.index + m[0].search(/\S/)),
        typeOnly: Boolean(typeKeyword) || allTypes,
      });
    }
  }
  for (const m of source.matchAll(CYPHER_FILE)) {
    found.push({ specifier: `@/cypher/${m[1]}`, line: lineOf(source, m.index), typeOnly: false });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** True when the file's first statement is the "use client" directive. */
export function isClientModule(text) {
  return /^["']use client["']/.test(withoutComments(text).replace(/^\s+/, ""));
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The target name of a specifier imported by `fromFile` (repo-relative): `@/…`, `node:…` or the package. */
function resolveTarget(root, fromFile, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(root, path.dirname(fromFile), specifier);
  else if (specifier.startsWith("node:") || isBuiltin(specifier)) {
    return { name: specifier.startsWith("node:") ? specifier : `node:${specifier}` };
  } else return { name: specifier };
  const found = RESOLVE_EXTENSIONS.map((ext) => base + ext).find(isFile);
  const rel = path
    .relative(root, found ?? base)
    .split(path.sep)
    .join("/");
  return { name: `@/${rel}`, file: found ? rel : undefined };
}

function listSources(root, dir) {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !TEST_FILE.test(e.name))
    .map((e) =>
      path
        .relative(root, path.join(e.parentPath ?? e.path, e.name))
        .split(path.sep)
        .join("/"),
    )
    .filter((f) => !f.split("/").includes("node_modules"))
    .sort();
}

/** Every violation of RULES under `root`: [{file, line, rule, message}]. */
export function checkBoundaries(
  root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."),
) {
  const modules = new Map(); // repo-relative file → {path, client, imports: [{…, target}]}
  const load = (file) => {
    if (!modules.has(file)) {
      const text = readFileSync(path.join(root, file), "utf8");
      modules.set(file, {
        path: file,
        client: isClientModule(text),
        server: /^["']use server["']/.test(withoutComments(text).replace(/^\s+/, "")),
        imports: readImports(text).map((i) => ({
          ...i,
          target: resolveTarget(root, file, i.specifier),
        })),
      });
    }
    return modules.get(file);
  };

  /** The import chain by which a project file reaches one of `packages` at run time, or undefined. */
  const chains = new Map();
  const reach = (file, isForbidden, key, seen = new Set()) => {
    const memo = `${key}\0${file}`;
    if (chains.has(memo)) return chains.get(memo);
    if (seen.has(file)) return undefined;
    seen.add(file);
    let chain;
    const mod = load(file);
    // A "use server" module reaches the browser as references to server actions, not as code.
    if (!mod.server) {
      for (const { target, typeOnly } of mod.imports) {
        if (typeOnly) continue;
        if (isForbidden(target.name)) chain = [target.name];
        else if (target.file && SOURCE.test(target.file)) {
          const rest = reach(target.file, isForbidden, key, seen);
          if (rest) chain = [target.file, ...rest];
        }
        if (chain) break;
      }
    }
    chains.set(memo, chain);
    return chain;
  };

  const violations = [];
  const files = SCANNED_DIRS.flatMap((dir) => listSources(root, dir));
  for (const rule of RULES) {
    const forbidden = rule.forbid ? matcher(rule.forbid) : () => false;
    const allowed = rule.allowOnly ? matcher(rule.allowOnly) : () => true;
    const reaching = rule.reaching ? matcher(rule.reaching) : undefined;
    for (const file of files) {
      const mod = load(file);
      if (!rule.files(mod)) continue;
      for (const { specifier, line, typeOnly, target } of mod.imports) {
        if (typeOnly && rule.typeOnly) continue;
        let what;
        if (forbidden(target.name) || !allowed(target.name)) what = `imports ${specifier}`;
        else if (reaching && target.file && SOURCE.test(target.file)) {
          const chain = reach(target.file, reaching, rule.name);
          if (chain)
            what = `imports ${specifier}, which reaches ${[target.file, ...chain].join(" → ")}`;
        }
        if (what) violations.push({ file, line, rule: rule.name, message: `${what}: ${rule.why}` });
      }
    }
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const violations = checkBoundaries(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  for (const v of violations) console.log(`${v.file}:${v.line}: [${v.rule}] ${v.message}`);
  if (violations.length) {
    console.log(`${violations.length} import boundary violation(s)`);
    process.exit(1);
  }
  console.log("import boundaries: no violations");
}
