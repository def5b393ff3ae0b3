/**
 * Parsing one article file's content. Pure functions on strings, so they are tested without disk
 * and also run in the browser (the intake form uses parseTextArticle): keep Node imports out.
 *
 * A text (.txt, .md) article may start with header lines, then a blank line, then the body:
 *
 *   Title: Envoy arrives in Lindau
 *   Date: 2025-03-01
 *   Source: Example Wire
 *
 *   The body …
 *
 * The headers count only when every line before the first blank line is a known header; otherwise
 * the whole file is the body, so a story whose first line happens to start with "Source:" is not
 * cut. The body is kept exactly as written (no trimming), because evidence offsets point into it.
 */

import { isCalendarDate } from "@/lib/schema/calendar-date";

export interface ParsedArticle {
  text: string;
  title?: string;
  publishedAt?: string;
  source?: string;
}

// Greedy and trimmed afterwards: a lazy value followed by optional spaces would be quadratic on
// a long line of spaces.
const HEADER = /^(title|date|source):(.*)$/i;
const BLANK_LINE = /\r?\n[ \t]*\r?\n/;

/** The article in a text file, or a message saying what is wrong with its headers. */
export function parseTextArticle(content: string): ParsedArticle | { error: string } {
  const text = stripBom(content);
  const blank = BLANK_LINE.exec(text);
  if (!blank) return { text };
  const lines = text.slice(0, blank.index).split(/\r?\n/);
  const headers = lines.map((line) => HEADER.exec(line));
  if (headers.some((h) => h === null)) return { text };

  const article: ParsedArticle = { text: text.slice(blank.index + blank[0].length) };
  for (const header of headers as RegExpExecArray[]) {
    const [, key = "", raw = ""] = header;
    const value = raw.trim();
    const field = key.toLowerCase();
    if (field === "date" && !isCalendarDate(value))
      return { error: `Date header must be YYYY-MM-DD, a real date, got "${value}"` };
    if (field === "title") article.title = value;
    else if (field === "date") article.publishedAt = value;
    else article.source = value;
  }
  return article;
}

/**
 * The text of an HTML file's first <title>, with the common character references decoded and
 * whitespace collapsed. The body stays raw HTML: the extractor normalises HTML itself. Only the
 * head of the file is searched: the title lives there, and a page full of unclosed "<title"
 * would otherwise make the lazy scan quadratic.
 */
export function htmlTitle(html: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html.slice(0, HTML_HEAD_CHARS));
  const title = match?.[1] ? decodeEntities(match[1]).replace(/\s+/g, " ").trim() : "";
  return title === "" ? undefined : title;
}

const HTML_HEAD_CHARS = 64 * 1024;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
