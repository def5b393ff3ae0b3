import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { cypherRoot, readCypher } from "@/lib/neo4j/query";
import type { Json } from "@/lib/neo4j/values";

/** A ready-made console query from cypher/examples/: its title, text and `$parameters`. */
export interface Example {
  id: string;
  title: string;
  query: string;
  params: Record<string, Json>;
}

const paramsLine = /^\/\/\s*Params:\s*(.*)$/;
const exampleParams = z.record(z.string(), z.json());

/**
 * Reads one example. The first line is a `// title` comment; an optional `// Params: {…}` line holds
 * the parameters as JSON (they go to the parameters panel, so that line leaves the query text).
 */
export function parseExample(id: string, text: string): Example {
  const lines = text.split("\n");
  const title = /^\/\/\s*(.+)$/.exec(lines[0] ?? "")?.[1]?.trim();
  if (!title) throw new Error(`cypher/examples/${id}.cypher must start with a "// title" comment`);
  let params: Record<string, Json> = {};
  const kept = lines.filter((line) => {
    const match = paramsLine.exec(line.trim());
    if (!match) return true;
    params = exampleParams.parse(JSON.parse(match[1]!));
    return false;
  });
  return { id, title, query: kept.join("\n").trim(), params };
}

/** Every example in cypher/examples/, in file-name order. */
export function loadExamples(): Example[] {
  const dir = path.join(cypherRoot(), "examples");
  return readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .map((file) => parseExample(file.replace(/\.cypher$/, ""), readCypher(`examples/${file}`)));
}
