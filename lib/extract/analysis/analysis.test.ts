import { describe, expect, it } from "vitest";
import { coreNlpDocument, depsOf, headsOf, joinAnalyses, matchRel, toAnalysis } from "./index";

/** CoreNLP's JSON for "Ana met Bo." (shape as its server writes it). */
const json = {
  sentences: [
    {
      index: 0,
      tokens: [
        {
          index: 1,
          word: "Ana",
          characterOffsetBegin: 0,
          characterOffsetEnd: 3,
          pos: "NNP",
          lemma: "Ana",
          ner: "PERSON",
        },
        {
          index: 2,
          word: "met",
          characterOffsetBegin: 4,
          characterOffsetEnd: 7,
          pos: "VBD",
          lemma: "meet",
          ner: "O",
        },
        {
          index: 3,
          word: "Bo",
          characterOffsetBegin: 8,
          characterOffsetEnd: 10,
          pos: "NNP",
          lemma: "Bo",
          ner: "PERSON",
        },
        {
          index: 4,
          word: ".",
          characterOffsetBegin: 10,
          characterOffsetEnd: 11,
          pos: ".",
          lemma: ".",
          ner: "O",
        },
      ],
      enhancedPlusPlusDependencies: [
        { dep: "ROOT", governor: 0, dependent: 2 },
        { dep: "nsubj", governor: 2, dependent: 1 },
        { dep: "obj", governor: 2, dependent: 3 },
        { dep: "punct", governor: 2, dependent: 4 },
      ],
    },
  ],
};

describe("the analysis layer", () => {
  it("turns CoreNLP's JSON into tokens with edges both ways", () => {
    const a = toAnalysis(coreNlpDocument.parse(json));
    const [ana, met, bo] = a.sentences[0]!.tokens;
    expect(met!.key).toBe("meet");
    expect(depsOf(met!, "nsubj")).toEqual([ana]);
    expect(headsOf(bo!, "obj")).toEqual([met]);
    expect(a.sentences[0]).toMatchObject({ start: 0, end: 11 });
  });

  it("shifts offsets of a piece and renumbers joined sentences", () => {
    const a = joinAnalyses([
      toAnalysis(coreNlpDocument.parse(json)),
      toAnalysis(coreNlpDocument.parse(json), 100),
    ]);
    expect(a.sentences.map((s) => [s.index, s.start])).toEqual([
      [0, 0],
      [1, 100],
    ]);
    expect(a.sentences[1]!.tokens[2]!.start).toBe(108);
  });

  it("refuses JSON that is not CoreNLP's", () => {
    expect(
      coreNlpDocument.safeParse({ sentences: [{ index: 0, tokens: [{ word: "x" }] }] }).success,
    ).toBe(false);
    expect(coreNlpDocument.safeParse("<html>").success).toBe(false);
  });

  it("matches relations with and without their case marker, never across subtypes", () => {
    expect(matchRel("obl:with", "obl")).toBe(true);
    expect(matchRel("obl:with", "obl:with")).toBe(true);
    expect(matchRel("obl:in", "obl:with")).toBe(false);
    expect(matchRel("nsubj:pass", "nsubj")).toBe(false);
    expect(matchRel("nmod:poss", "nmod")).toBe(false);
    expect(matchRel("nmod:poss", "nmod:")).toBe(true);
  });
});
