import { createReadStream } from "node:fs";
import { open, readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import type { Readable } from "node:stream";
import { z } from "zod";
import type { ArticleInput } from "@/lib/schema/extraction";
import { assertReadable, InputError } from "./files";
import { parseJsonLine, readLines } from "./jsonl";
import { htmlTitle, parseTextArticle, stripBom } from "./text-article";

/**
 * Articles from disk or stdin, for the CLIs: a file, a folder read recursively in sorted order,
 * or "-" for stdin. Everything streams: JSON Lines one line at a time, other files one file at a
 * time, so a 100 MB input never sits in memory whole.
 *
 * Errors: a path that does not exist throws an InputError before anything is read. After that,
 * a bad file (binary, bad header) or a bad JSON line is yielded as `{ok: false}` and reading
 * goes on with the next one; the caller decides whether to stop, and whether to fail at the end.
 */

export interface Article extends ArticleInput {
  id: string;
  /** Where it came from, for messages: `path` or `path:line`. */
  origin: string;
}

export type ArticleResult = { ok: true; article: Article } | { ok: false; error: InputError };

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".jsonl"] as const;

/** One JSON Lines article. Extra fields (a gold line's annotations) are ignored. */
export const articleLine = z.object({
  id: z.string().min(1).optional(),
  text: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
});

export interface ReadOptions {
  /**
   * "jsonl" reads a file given directly (or stdin) as JSON Lines whatever its extension, for
   * callers that promise JSON Lines input; folders are still read by extension.
   */
  format?: "auto" | "jsonl";
}

export async function* readArticles(
  path: string,
  options: ReadOptions = {},
): AsyncGenerator<ArticleResult> {
  await assertReadable(path, "file or folder");
  const jsonl = options.format === "jsonl";
  if (path === "-") {
    yield* jsonl ? readJsonlArticles(process.stdin, "stdin") : readStdin(process.stdin);
    return;
  }
  if ((await stat(path)).isDirectory()) {
    for (const file of await listArticleFiles(path))
      yield* readFileArticles(file, articleId(path, file));
    return;
  }
  yield* jsonl ? readJsonlFile(path) : readFileArticles(path, articleId(null, path));
}

/** Files with an article extension under `folder`, recursively, in code-point order of path. */
export async function listArticleFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith(".") && isArticleFile(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (file) =>
        !relative(folder, file)
          .split(/[\\/]/)
          .some((part) => part.startsWith(".")),
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isArticleFile(name: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** The file's path without extension, relative to the folder given (its base name for a file). */
function articleId(folder: string | null, file: string): string {
  const path = folder === null ? basename(file) : relative(folder, file);
  return path
    .slice(0, path.length - extname(path).length)
    .split("\\")
    .join("/");
}

async function* readFileArticles(file: string, id: string): AsyncGenerator<ArticleResult> {
  const extension = extname(file).toLowerCase();
  if (extension === ".jsonl") {
    yield* readJsonlFile(file);
    return;
  }
  const content = stripBom(await readFile(file, "utf8"));
  const title = basename(file, extname(file));
  if (content.includes("\u0000")) yield failure(file, null, BINARY);
  else if (extension === ".html" || extension === ".htm") {
    yield {
      ok: true,
      article: { id, text: content, title: htmlTitle(content) ?? title, origin: file },
    };
  } else yield textArticle(content, id, title, file);
}

const BINARY = "binary data (contains NUL bytes), not an article";

function textArticle(
  content: string,
  id: string,
  fallbackTitle: string,
  origin: string,
): ArticleResult {
  if (content.includes("\u0000")) return failure(origin, null, BINARY);
  const parsed = parseTextArticle(content);
  if ("error" in parsed) return failure(origin, null, parsed.error);
  return { ok: true, article: { id, ...parsed, title: parsed.title ?? fallbackTitle, origin } };
}

async function* readJsonlFile(file: string): AsyncGenerator<ArticleResult> {
  // Only the head is checked here, so the file still streams; each line is checked again.
  if (await startsBinary(file)) yield failure(file, null, BINARY);
  else yield* readJsonlArticles(createReadStream(file, { encoding: "utf8" }), file);
}

async function* readJsonlArticles(input: Readable, file: string): AsyncGenerator<ArticleResult> {
  for await (const { line, text } of readLines(input)) yield jsonlArticle(text, line, file);
}

function jsonlArticle(text: string, line: number, file: string): ArticleResult {
  const parsed = parseJsonLine(text, line, articleLine);
  if (!parsed.ok) return failure(file, line, parsed.error);
  const { id, ...rest } = parsed.value;
  // A line without an id still needs one in the output; its place in the file is stable.
  return {
    ok: true,
    article: { id: id ?? `${basename(file)}:${line}`, ...rest, origin: `${file}:${line}` },
  };
}

/**
 * Stdin is JSON Lines when its first non-blank line starts with "{", otherwise one text article.
 * The first line is peeked from the same line stream, so JSON Lines still stream. A text article
 * from stdin comes back with "\n" line ends (readline drops "\r\n" and the final newline).
 */
export async function* readStdin(input: Readable): AsyncGenerator<ArticleResult> {
  const lines = readLines(input, { keepBlank: true });
  const head: string[] = [];
  for await (const { line, text } of lines) {
    if (text.trim() === "") {
      head.push(text);
      continue;
    }
    if (text.trimStart().startsWith("{")) {
      yield jsonlArticle(text, line, "stdin");
      for await (const next of lines)
        if (next.text.trim() !== "") yield jsonlArticle(next.text, next.line, "stdin");
      return;
    }
    head.push(text);
    for await (const next of lines) head.push(next.text);
    yield textArticle(head.join("\n"), "stdin", "stdin", "stdin");
    return;
  }
}

/** Whether the first 8 KiB hold a NUL byte: text in any encoding we accept never does. */
async function startsBinary(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}

function failure(file: string, line: number | null, message: string): ArticleResult {
  return { ok: false, error: new InputError(file, line, message) };
}
