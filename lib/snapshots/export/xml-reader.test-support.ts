/**
 * A small strict XML reader for tests: elements, attributes, text, the five predefined entities
 * and numeric references, comments and the XML declaration. Throws on anything not well-formed
 * (unclosed or mismatched tags, duplicate attributes, bare "&" or "<"). No regular expressions.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const isNameChar = (c: string) => c !== "" && !" \t\r\n/>=<\"'&".includes(c);
const isSpace = (c: string) => c === " " || c === "\t" || c === "\r" || c === "\n";

export function readXml(text: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed at ${i}: ${why}`);
  };
  const skipSpace = () => {
    while (isSpace(text[i] ?? "")) i++;
  };
  const name = () => {
    const start = i;
    while (isNameChar(text[i] ?? "")) i++;
    if (i === start) fail("expected a name");
    return text.slice(start, i);
  };
  const decode = (raw: string) => {
    let out = "";
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j]!;
      if (c === "<") fail("bare <");
      if (c !== "&") {
        out += c;
        continue;
      }
      const end = raw.indexOf(";", j);
      if (end < 0) fail("bare &");
      const ref = raw.slice(j + 1, end);
      if (ref.startsWith("#x")) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
      else if (ref.startsWith("#")) out += String.fromCodePoint(parseInt(ref.slice(1), 10));
      else if (ref in ENTITIES) out += ENTITIES[ref];
      else fail(`unknown entity &${ref};`);
      j = end;
    }
    return out;
  };
  const after = (token: string) => {
    const at = text.indexOf(token, i);
    if (at < 0) fail(`missing ${token}`);
    return at + token.length;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (text.startsWith("<?", i)) i = after("?>");
      else if (text.startsWith("<!--", i)) i = after("-->");
      else return;
    }
  };
  const element = (): XmlElement => {
    if (text[i] !== "<") fail("expected <");
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [] };
    for (;;) {
      skipSpace();
      if (text.startsWith("/>", i)) return ((i += 2), el);
      if (text[i] === ">") break;
      const attr = name();
      skipSpace();
      if (text[i] !== "=") fail("expected =");
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail("expected a quote");
      const end = text.indexOf(quote!, i + 1);
      if (end < 0) fail("unclosed attribute");
      if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
      el.attrs[attr] = decode(text.slice(i + 1, end));
      i = end + 1;
    }
    i++;
    for (;;) {
      const next = text.indexOf("<", i);
      if (next < 0) fail(`unclosed <${el.name}>`);
      if (next > i) el.children.push(decode(text.slice(i, next)));
      i = next;
      if (text.startsWith("<!--", i)) {
        i = after("-->");
      } else if (text.startsWith("</", i)) {
        i += 2;
        if (name() !== el.name) fail(`mismatched </…> for <${el.name}>`);
        skipSpace();
        if (text[i] !== ">") fail("expected >");
        i++;
        return el;
      } else {
        el.children.push(element());
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== text.length) fail("content after the root element");
  return root;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== "string" && (!name || c.name === name),
  );
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}
