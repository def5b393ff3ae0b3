/**
 * Text normalisation with an offset map back to the original input.
 *
 * Every character of the normalised text remembers the [start, end) span of the original text it
 * came from, so any span found later can be reported in original offsets. One linear pass; no
 * regular expressions run over the whole input.
 */
export interface NormalizedText {
  text: string;
  /** Original start offset of each normalised character. */
  origStart: Int32Array;
  /** Original end offset of each normalised character. */
  origEnd: Int32Array;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "-",
  mdash: "-",
  hellip: "...",
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  laquo: '"',
  raquo: '"',
  eacute: "é",
  egrave: "è",
  aacute: "á",
  oacute: "ó",
  iacute: "í",
  uacute: "ú",
  ntilde: "ñ",
  ccedil: "ç",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  copy: "©",
  reg: "®",
  shy: "",
};

const BLOCK_TAGS = new Set([
  "p",
  "br",
  "div",
  "li",
  "ul",
  "ol",
  "tr",
  "td",
  "th",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "title",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "table",
  "hr",
]);
const SKIP_CONTENT_TAGS = ["script", "style", "noscript", "template"];

/** Whether the text looks like HTML markup rather than prose that happens to contain "<". */
export function looksLikeHtml(text: string): boolean {
  // A tag name right after "<" from a short list; bounded alternation, no backtracking risk.
  return (
    /<(?:!doctype|html|head|body|div|p|br|span|a|script|style|article|section|h[1-6]|ul|li|table|meta|title)\b/i.test(
      text.slice(0, 100_000),
    ) || /<\/(?:p|div|a|span)>/i.test(text.slice(0, 100_000))
  );
}

/** Map one character to its normalised form ("" drops it). */
function mapChar(ch: string, code: number): string {
  if (code < 0x20) return ch === "\n" ? "\n" : " "; // NUL and other controls become spaces (documented)
  if (code === 0x7f) return " ";
  if (code < 0x80) return ch;
  switch (ch) {
    case "\u2018":
    case "\u2019":
    case "\u201a":
    case "\u201b":
    case "\u2032":
    case "\u00b4":
    case "\u0060":
      return "'";
    case "\u201c":
    case "\u201d":
    case "\u201e":
    case "\u201f":
    case "\u00ab":
    case "\u00bb":
    case "\u2033":
      return '"';
    case "\u2010":
    case "\u2011":
    case "\u2012":
    case "\u2013":
    case "\u2014":
    case "\u2015":
    case "\u2212":
      return "-";
    case "\u2026":
      return "...";
    case "\u00ad":
    case "\u200b":
    case "\u200c":
    case "\u200d":
    case "\ufeff":
      return "";
    case "\u2028":
    case "\u2029":
      return "\n";
  }
  if (code >= 0x80 && code < 0xa0) return " ";
  if (
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
    return " ";
  if (code >= 0xd800 && code <= 0xdfff) return " "; // only reached for lone surrogates
  if (code === 0xfffd) return " ";
  return ch;
}

/** Output characters with their original spans, in growable typed arrays (10 MB inputs stay cheap). */
class Builder {
  private codes: Uint16Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;
  private lastWasSpace = true;
  private newlines = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  push(out: string, start: number, end: number): void {
    for (let k = 0; k < out.length; k++) {
      const code = out.charCodeAt(k);
      if (code === 32 || code === 9) {
        if (this.lastWasSpace) continue;
        this.lastWasSpace = true;
        this.add(32, start, end);
      } else if (code === 10) {
        if (this.newlines >= 2) continue;
        if (this.n > 0 && this.codes[this.n - 1] === 32) this.n--;
        if (this.n === 0) continue;
        this.newlines++;
        this.lastWasSpace = true;
        this.add(10, start, end);
      } else {
        this.lastWasSpace = false;
        this.newlines = 0;
        this.add(code, start, end);
      }
    }
  }

  /** Compose a combining mark with the previous character (Unicode NFC), keeping the map. */
  combine(mark: string, end: number): void {
    const i = this.n - 1;
    if (i < 0) return;
    const composed = (String.fromCharCode(this.codes[i]!) + mark).normalize("NFC");
    if (composed.length === 1) {
      this.codes[i] = composed.charCodeAt(0);
      this.ends[i] = end;
    } else {
      this.lastWasSpace = false;
      this.add(mark.charCodeAt(0), end - mark.length, end);
    }
  }

  private add(code: number, start: number, end: number): void {
    if (this.n === this.codes.length) this.grow();
    this.codes[this.n] = code;
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.n++;
  }

  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }

  finish(): NormalizedText {
    while (this.n > 0 && (this.codes[this.n - 1] === 32 || this.codes[this.n - 1] === 10)) this.n--;
    const parts: string[] = [];
    for (let i = 0; i < this.n; i += 8192)
      parts.push(String.fromCharCode(...this.codes.subarray(i, Math.min(this.n, i + 8192))));
    // Views, not copies: the builder is dropped here, so copying would only double the peak memory.
    return {
      text: parts.join(""),
      origStart: this.starts.subarray(0, this.n),
      origEnd: this.ends.subarray(0, this.n),
    };
  }
}

function decodeEntity(raw: string, i: number): { out: string; end: number } | null {
  const semi = raw.indexOf(";", i);
  if (semi < 0 || semi - i > 10) return null;
  const body = raw.slice(i + 1, semi);
  if (body.startsWith("#")) {
    const n =
      body[1] === "x" || body[1] === "X"
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff))
      return { out: " ", end: semi + 1 };
    return { out: String.fromCodePoint(n), end: semi + 1 };
  }
  const named = ENTITIES[body.toLowerCase()];
  return named === undefined ? null : { out: named, end: semi + 1 };
}

/** Skip a tag starting at raw[i] === "<"; returns the index after it and whether it breaks a block. */
function skipTag(
  raw: string,
  i: number,
  lower: () => string,
): { end: number; block: boolean } | null {
  if (raw.startsWith("<!--", i)) {
    const close = raw.indexOf("-->", i + 4);
    return { end: close < 0 ? raw.length : close + 3, block: false };
  }
  const close = raw.indexOf(">", i + 1);
  if (close < 0) return null;
  const inner = raw.slice(i + 1, Math.min(close, i + 40)).toLowerCase();
  const name = /^\/?([a-z0-9!]+)/.exec(inner)?.[1] ?? "";
  if (!name) return null;
  if (!inner.startsWith("/") && SKIP_CONTENT_TAGS.includes(name)) {
    const endTag = lower().indexOf(`</${name}`, close);
    const endClose = endTag < 0 ? -1 : raw.indexOf(">", endTag);
    return { end: endClose < 0 ? raw.length : endClose + 1, block: true };
  }
  return { end: close + 1, block: BLOCK_TAGS.has(name) };
}

/**
 * Normalise article text: strip HTML when it is HTML, decode entities, straighten quotes and
 * dashes, collapse whitespace, compose accents (NFC), replace control characters (including NUL)
 * and lone surrogates with spaces. Linear in the input length.
 */
export function normalizeText(raw: string): NormalizedText {
  const html = looksLikeHtml(raw);
  let lowerCache: string | null = null;
  const lower = () => (lowerCache ??= raw.toLowerCase());
  const b = new Builder(raw.length + 16);
  let i = 0;
  while (i < raw.length) {
    const code = raw.charCodeAt(i);
    if (html && code === 60 /* < */) {
      const tag = skipTag(raw, i, lower);
      if (tag) {
        b.push(tag.block ? "\n" : " ", i, tag.end);
        i = tag.end;
        continue;
      }
    }
    if (code === 38 /* & */) {
      const ent = decodeEntity(raw, i);
      if (ent) {
        b.push(ent.out.length ? mapChar(ent.out, ent.out.codePointAt(0)!) : "", i, ent.end);
        i = ent.end;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < raw.length) {
      const next = raw.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        b.push(raw.slice(i, i + 2), i, i + 2);
        i += 2;
        continue;
      }
    }
    if (code >= 0x300 && code <= 0x36f) {
      b.combine(raw[i]!, i + 1);
      i++;
      continue;
    }
    if (code === 13 /* \r */) {
      b.push(raw.charCodeAt(i + 1) === 10 ? "" : "\n", i, i + 1);
      i++;
      continue;
    }
    b.push(mapChar(raw[i]!, code), i, i + 1);
    i++;
  }
  return b.finish();
}

/** The original-text span of the normalised span [start, end). */
export function toOriginal(
  norm: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start) {
    const at =
      start < norm.origStart.length
        ? norm.origStart[start]!
        : (norm.origEnd[norm.origEnd.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: norm.origStart[start]!, end: norm.origEnd[end - 1]! };
}
