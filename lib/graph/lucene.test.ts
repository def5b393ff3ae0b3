import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzziness, searchWords, toLuceneQuery } from "./lucene";

describe("toLuceneQuery", () => {
  it("matches each word exactly, as a prefix, and fuzzily when long enough", () => {
    expect(toLuceneQuery("Dmitriev")).toBe("(dmitriev^4 OR dmitriev*^2 OR dmitriev~2)");
    expect(toLuceneQuery("kiril dmit")).toBe(
      "(kiril^4 OR kiril*^2 OR kiril~1) AND (dmit^4 OR dmit*^2 OR dmit~1)",
    );
    expect(toLuceneQuery("EU")).toBe("(eu^4 OR eu*^2)");
  });

  it("folds accents and case the way the index analyzer does", () => {
    expect(searchWords("Inès  MOREAU")).toEqual(["ines", "moreau"]);
    expect(searchWords("Erdoğan")).toEqual(["erdogan"]);
  });

  it("has no query for input without words", () => {
    expect(toLuceneQuery("  ")).toBeNull();
    expect(toLuceneQuery('"*?~:()')).toBeNull();
  });

  it("never lets Lucene operators through, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const query = toLuceneQuery(text);
        if (query === null) return;
        const words = query.replace(/\^\d|\*|~\d|\(|\)| OR | AND /g, " ");
        expect(words).toMatch(/^[\p{L}\p{N}\s]*$/u);
      }),
    );
  });

  it("keeps the query small", () => {
    expect(searchWords("a b c d e f g h i j")).toHaveLength(6);
    expect(searchWords("x".repeat(100))[0]).toHaveLength(40);
    expect(fuzziness("abc")).toBe(0);
  });

  it("allows one edit in four- and five-letter words, two from six letters", () => {
    expect(["kiril", "dmit", "dmitli", "dmitliv"].map(fuzziness)).toEqual([1, 1, 2, 2]);
  });
});
