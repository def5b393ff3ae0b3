import { describe, expect, it } from "vitest";
import { looksLikeHtml, normalizeText, toOriginal } from "./normalize";

describe("normalizeText", () => {
  it("straightens quotes and dashes and collapses spaces, keeping offsets", () => {
    const raw = "The  \u201cplan\u201d \u2014 drafted   in Oslo\u2019s office.";
    const n = normalizeText(raw);
    expect(n.text).toBe('The "plan" - drafted in Oslo\'s office.');
    const at = n.text.indexOf("Oslo");
    const span = toOriginal(n, at, at + 4);
    expect(raw.slice(span.start, span.end)).toBe("Oslo");
  });

  it("strips tags, scripts and styles and decodes entities in HTML", () => {
    const raw =
      "<html><head><style>p{color:red}</style><script>var a='<b>';</script></head><body><p>Anna &amp; Ben met.</p><p>Caf&eacute; &#8220;talks&#8221;</p></body></html>";
    const n = normalizeText(raw);
    expect(n.text).toBe('Anna & Ben met.\n\nCafé "talks"');
    const at = n.text.indexOf("&");
    const span = toOriginal(n, at, at + 1);
    expect(raw.slice(span.start, span.end)).toBe("&amp;");
  });

  it("does not treat prose with a less-than sign as HTML", () => {
    expect(looksLikeHtml("Growth was < 2 percent and > 1 percent.")).toBe(false);
    expect(normalizeText("a < b and c > d").text).toBe("a < b and c > d");
  });

  it("replaces NUL, control characters and lone surrogates with spaces", () => {
    const n = normalizeText("Ann\u0000a met\u0007 Bo\ud800b.");
    expect(n.text).toBe("Ann a met Bo b.");
    expect(n.origStart.length).toBe(n.text.length);
  });

  it("composes combining accents (NFC) and maps both code units back", () => {
    const raw = "Jose\u0301 arrived.";
    const n = normalizeText(raw);
    expect(n.text).toBe("Jos\u00e9 arrived.");
    const span = toOriginal(n, 0, 4);
    expect(raw.slice(span.start, span.end)).toBe("Jose\u0301");
  });

  it("keeps astral characters whole", () => {
    const n = normalizeText("Flag \u{1F1FA}\u{1F1F8} here");
    expect(n.text).toBe("Flag \u{1F1FA}\u{1F1F8} here");
  });

  it("returns empty text for whitespace-only input", () => {
    expect(normalizeText(" \n\t \r\n ").text).toBe("");
  });
});
