/**
 * What the editor should offer at the cursor, from the text before it. Pure (no CodeMirror), so the
 * rules are unit-tested; components/console/cypher-editor.tsx turns the answer into completions.
 */
export type CompletionKind =
  "label" | "relationshipType" | "property" | "parameter" | "procedure" | "keyword";

export interface CompletionContext {
  kind: CompletionKind;
  /** Offset where the word being completed starts. */
  from: number;
  /** What is typed of it so far. */
  prefix: string;
}

export const CYPHER_KEYWORDS = [
  "MATCH",
  "OPTIONAL MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "ORDER BY",
  "DESC",
  "ASC",
  "LIMIT",
  "SKIP",
  "UNWIND",
  "CALL",
  "YIELD",
  "DISTINCT",
  "AS",
  "AND",
  "OR",
  "XOR",
  "NOT",
  "IN",
  "CONTAINS",
  "STARTS WITH",
  "ENDS WITH",
  "IS NULL",
  "IS NOT NULL",
  "CASE",
  "WHEN",
  "THEN",
  "ELSE",
  "END",
  "UNION",
  "EXISTS",
  "COUNT",
  "COLLECT",
  "count()",
  "collect()",
  "size()",
  "labels()",
  "type()",
  "nodes()",
  "relationships()",
  "coalesce()",
  "shortestPath()",
  "allShortestPaths()",
  "toLower()",
  "toUpper()",
  "startNode()",
  "endNode()",
  "properties()",
] as const;

/**
 * Scans the text before the cursor once: is the cursor inside a string or a `//` comment, and which
 * bracket is the innermost still open (`[` a relationship pattern, `(` a node pattern)?
 */
function scan(text: string): { quoted: boolean; bracket?: "(" | "[" } {
  const open: ("(" | "[")[] = [];
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === "\\" && quote !== "`") i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      if (end < 0) return { quoted: true };
      i = end;
    } else if (c === "(" || c === "[") open.push(c);
    else if (c === ")" || c === "]") open.pop();
  }
  return { quoted: quote !== undefined && quote !== "`", bracket: open.at(-1) };
}

// Each pattern is anchored at the end and matches one word plus one punctuation mark: linear time.
const PARAMETER = /\$(\w*)$/;
const PROCEDURE = /\bCALL\s+([A-Za-z_][\w.]*|)$/i;
const PROPERTY = /[\w`)\]}]\.(\w*)$/;
const LABEL_OR_TYPE = /[:|&!]\s*(\w*)$/;
const WORD = /([A-Za-z_]\w*)$/;

/** The completion to offer after `before` (the text up to the cursor), or null for none. */
export function completionAt(before: string, explicit = false): CompletionContext | null {
  const { quoted, bracket } = scan(before);
  if (quoted) return null;
  const at = (kind: CompletionKind, prefix: string): CompletionContext => ({
    kind,
    from: before.length - prefix.length,
    prefix,
  });
  const parameter = PARAMETER.exec(before);
  if (parameter) return at("parameter", parameter[1]!);
  const procedure = PROCEDURE.exec(before);
  if (procedure) return at("procedure", procedure[1]!);
  const property = PROPERTY.exec(before);
  if (property) return at("property", property[1]!);
  const labelOrType = LABEL_OR_TYPE.exec(before);
  if (labelOrType) {
    if (bracket === "[") return at("relationshipType", labelOrType[1]!);
    if (bracket === "(") return at("label", labelOrType[1]!);
  }
  const word = WORD.exec(before);
  if (word) return at("keyword", word[1]!);
  return explicit ? at("keyword", "") : null;
}
