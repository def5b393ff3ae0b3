import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, splitSentences } from "./sentences";

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("keeps initials, titles and month abbreviations inside a sentence", () => {
    expect(split("Mr. Tomas K. Varga met Gen. Ilse Brandt on Jan. 4 in Riga. They spoke.")).toEqual(
      ["Mr. Tomas K. Varga met Gen. Ilse Brandt on Jan. 4 in Riga.", "They spoke."],
    );
  });

  it("breaks after U.S. only when a usual sentence opener follows", () => {
    expect(split("She flew to the U.S. The talks began.")).toEqual([
      "She flew to the U.S.",
      "The talks began.",
    ]);
    expect(split("The U.S. Senate voted.")).toEqual(["The U.S. Senate voted."]);
  });

  it("ends a sentence after closing quotes and at newlines", () => {
    expect(split('He said "we agree." Then he left\nA new line')).toEqual([
      'He said "we agree."',
      "Then he left",
      "A new line",
    ]);
  });

  it("cuts a sentence without punctuation into bounded pieces", () => {
    const long = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(" ");
    const parts = splitSentences(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it("returns nothing for empty text", () => {
    expect(splitSentences("")).toEqual([]);
  });
});
