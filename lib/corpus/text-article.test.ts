import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlTitle, parseTextArticle } from "./text-article";

describe("parseTextArticle", () => {
  it("reads Title, Date and Source headers and keeps the body exactly", () => {
    const content =
      "Title: Envoy lands in Lindau\nDate: 2025-03-01\nSource: Example Wire\n\nDax Morrow landed.\n\nHe met Ilse Varnhold.";
    expect(parseTextArticle(content)).toEqual({
      title: "Envoy lands in Lindau",
      publishedAt: "2025-03-01",
      source: "Example Wire",
      text: "Dax Morrow landed.\n\nHe met Ilse Varnhold.",
    });
  });

  it("accepts any subset of headers, any case, CRLF line ends and a BOM", () => {
    expect(parseTextArticle("\uFEFFtitle:  Lindau talks \r\n\r\nBody.")).toEqual({
      title: "Lindau talks",
      text: "Body.",
    });
  });

  it("takes the whole file as body without headers", () => {
    const content = "Dax Morrow landed in Lindau.\n\nSource: officials said so.";
    expect(parseTextArticle(content)).toEqual({ text: content });
  });

  it("does not cut a first paragraph that only starts like a header", () => {
    const content = "Source: a senior official\nsaid the envoy had arrived.\n\nMore text.";
    expect(parseTextArticle(content)).toEqual({ text: content });
  });

  it("rejects a malformed date", () => {
    expect(parseTextArticle("Date: March 1\n\nBody.")).toEqual({
      error: 'Date header must be YYYY-MM-DD, a real date, got "March 1"',
    });
  });

  it("rejects a date that does not exist", () => {
    expect(parseTextArticle("Date: 2025-13-45\n\nBody.")).toEqual({
      error: 'Date header must be YYYY-MM-DD, a real date, got "2025-13-45"',
    });
  });

  it("reads a header line of many spaces quickly", () => {
    const started = performance.now();
    parseTextArticle(`Title: a${" ".repeat(200_000)}b\n\nBody.`);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it("never throws, and the body is always a suffix of the input", () => {
    const lineArb = fc.oneof(
      fc.constantFrom("Title: T", "Date: 2025-01-02", "Source: S", "", " "),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        (lines, eol) => {
          const content = lines.join(eol);
          const parsed = parseTextArticle(content);
          if (!("error" in parsed)) expect(content.endsWith(parsed.text)).toBe(true);
        },
      ),
    );
  });
});

describe("htmlTitle", () => {
  it("decodes references and collapses whitespace", () => {
    expect(
      htmlTitle("<html><head><TITLE lang=en>\n Morrow &amp; Varnhold &#8211; talks </TITLE>"),
    ).toBe("Morrow & Varnhold – talks");
  });

  it("is undefined without a title or with an empty one", () => {
    expect(htmlTitle("<p>no title</p>")).toBeUndefined();
    expect(htmlTitle("<title>  </title>")).toBeUndefined();
  });
});
