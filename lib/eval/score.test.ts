import { describe, expect, it } from "vitest";
import { goldLine, predictionLine, type GoldLineInput, type PredictionLineInput } from "./formats";
import { scoreCorpus, scoreDocument, ScoreInputError } from "./score";

// Invented people and places; no real article text.
const GOLD: GoldLineInput = {
  id: "d1",
  text: "Envoy Dax Morrow of Oranje met President Ilse Varnhold in Lindau. Brask Holdings was blacklisted by Oranje and the Northern Union.",
  entities: [
    { name: "Dax Morrow", type: "Person", aliases: ["Morrow"] },
    { name: "Ilse Varnhold", type: "Person", aliases: ["Varnhold"] },
    { name: "Oranje", type: "Country", aliases: [] },
    { name: "Lindau", type: "Place", aliases: [] },
    { name: "Brask Holdings", type: "Organization", aliases: ["Brask"] },
    { name: "Northern Union", type: "Organization", aliases: ["NU"] },
  ],
  relations: [
    { type: "met_with", subject: "Dax Morrow", object: "Ilse Varnhold" },
    { type: "envoy_of", subject: "Dax Morrow", object: "Oranje" },
    {
      type: "sanctioned_by",
      subject: "Brask Holdings",
      object: "Oranje",
      alt_objects: ["Northern Union"],
    },
    { type: "visited", subject: "Dax Morrow", object: "Lindau" },
  ],
  negatives: [
    { type: "met_with", subject: "Ilse Varnhold", object: "Brask Holdings", reason: "a call" },
  ],
};

const gold = goldLine.parse(GOLD);
const predict = (p: Omit<PredictionLineInput, "id">) => predictionLine.parse({ id: "d1", ...p });
const ENTITIES: PredictionLineInput["entities"] = [
  { name: "Dax Morrow", type: "Person", aliases: ["Morrow"] },
  { name: "Varnhold", type: "Person", aliases: ["President Varnhold"] },
  { name: "Oranje", type: "Country", aliases: [] },
  { name: "Brask", type: "Organization", aliases: [] },
  { name: "Northern Union", type: "Organization", aliases: [] },
];

describe("scoreDocument", () => {
  it("scores a perfect prediction, met_with in either order", () => {
    const score = scoreDocument(
      gold,
      predict({
        entities: [...ENTITIES, { name: "Lindau", type: "Place", aliases: [] }],
        relations: [
          { type: "met_with", subject: "Varnhold", object: "Dax Morrow" },
          { type: "envoy_of", subject: "Dax Morrow", object: "Oranje" },
          { type: "sanctioned_by", subject: "Brask", object: "Oranje" },
          { type: "visited", subject: "Dax Morrow", object: "Lindau" },
        ],
      }),
    );
    expect(score.all).toMatchObject({ tp: 4, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(score.core).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(score.fragmentation).toBe(1);
  });

  it("de-duplicates triples, including both directions of met_with and aliases of one entity", () => {
    const score = scoreDocument(
      gold,
      predict({
        entities: [...ENTITIES],
        relations: [
          { type: "met_with", subject: "Varnhold", object: "Dax Morrow" },
          { type: "met_with", subject: "Dax Morrow", object: "Varnhold" },
          { type: "envoy_of", subject: "Dax Morrow", object: "Oranje" },
          { type: "envoy_of", subject: "Dax Morrow", object: "Oranje" },
        ],
      }),
    );
    expect(score.byType.met_with).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.byType.envoy_of).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.byType.sanctioned_by).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it("does not reverse asymmetric types", () => {
    const score = scoreDocument(
      gold,
      predict({
        entities: [...ENTITIES],
        relations: [{ type: "envoy_of", subject: "Oranje", object: "Dax Morrow" }],
      }),
    );
    expect(score.byType.envoy_of).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("accepts an alternative object, but one gold relation matches only once", () => {
    const score = scoreDocument(
      gold,
      predict({
        entities: [...ENTITIES],
        relations: [
          { type: "sanctioned_by", subject: "Brask", object: "Northern Union" },
          { type: "sanctioned_by", subject: "Brask", object: "Oranje" },
        ],
      }),
    );
    // Two passes: the primary object takes the gold relation, the alternative is then extra.
    expect(score.byType.sanctioned_by).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.truePositives).toEqual([
      { type: "sanctioned_by", subject: "Brask Holdings", object: "Oranje" },
    ]);
  });

  it("counts a predicted negative as a false positive and apart", () => {
    const score = scoreDocument(
      gold,
      predict({
        entities: [...ENTITIES],
        relations: [{ type: "met_with", subject: "Brask", object: "Varnhold" }],
      }),
    );
    expect(score.byType.met_with).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.negatives).toEqual([
      // Described as predicted (gold names), with the annotator's reason.
      { type: "met_with", subject: "Brask Holdings", object: "Ilse Varnhold", reason: "a call" },
    ]);
  });

  it("counts relations with unmapped ends as false positives and ignores unscored types", () => {
    const score = scoreDocument(
      gold,
      predict({
        entities: [...ENTITIES, { name: "Tomas Ekdahl", type: "Person", aliases: [] }],
        relations: [
          { type: "met_with", subject: "Tomas Ekdahl", object: "Dax Morrow" },
          { type: "born_in", subject: "Dax Morrow", object: "Oranje" },
        ],
      }),
    );
    expect(score.byType.met_with).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.falsePositives).toEqual([
      { type: "met_with", subject: "?Tomas Ekdahl", object: "Dax Morrow" },
    ]);
    expect(score.unscored).toBe(1);
  });

  it("maps a relation end missing from entities by its name alone", () => {
    const score = scoreDocument(
      gold,
      predict({
        entities: [],
        relations: [{ type: "envoy_of", subject: "Mr. Morrow", object: "Oranje" }],
      }),
    );
    expect(score.byType.envoy_of).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("resolves a shared name to the entity whose type fits the relation slot", () => {
    const twoOranjes = goldLine.parse({
      id: "d3",
      text: "Dax Morrow, envoy of Oranje, visited Oranje.",
      entities: [
        { name: "Dax Morrow", type: "Person" },
        { name: "Oranje", type: "Country" },
        { name: "Oranje", type: "Place" },
      ],
      relations: [
        { type: "envoy_of", subject: "Dax Morrow", object: "Oranje" },
        { type: "visited", subject: "Dax Morrow", object: "Oranje" },
      ],
    });
    const score = scoreDocument(
      twoOranjes,
      predictionLine.parse({
        id: "d3",
        entities: [
          { name: "Dax Morrow", type: "Person" },
          { name: "Oranje", type: "Place" },
          { name: "Oranje", type: "Country" },
        ],
        relations: [
          { type: "envoy_of", subject: "Dax Morrow", object: "Oranje" },
          { type: "visited", subject: "Dax Morrow", object: "Oranje" },
        ],
      }),
    );
    expect(score.all).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it("measures fragmentation over mapped predicted entities only", () => {
    const score = scoreDocument(
      gold,
      predict({
        entities: [
          { name: "Dax Morrow", type: "Person", aliases: [] },
          { name: "Morrow", type: "Person", aliases: [] },
          { name: "Ilse Varnhold", type: "Person", aliases: [] },
          { name: "Somebody Else", type: "Person", aliases: [] },
        ],
        relations: [],
      }),
    );
    expect(score.entities).toEqual({ gold: 6, predicted: 4, mapped: 3, matchedGold: 2 });
    expect(score.fragmentation).toBe(1.5);
  });

  it("scores a missing prediction as all false negatives with undefined precision", () => {
    const score = scoreDocument(gold);
    expect(score.all).toEqual({ tp: 0, fp: 0, fn: 4, precision: null, recall: 0, f1: 0 });
    expect(score.fragmentation).toBeNull();
  });
});

describe("scoreCorpus", () => {
  const other = goldLine.parse({
    id: "d2",
    text: "Pia Lund met Tomas Ekdahl.",
    entities: [
      { name: "Pia Lund", type: "Person" },
      { name: "Tomas Ekdahl", type: "Person" },
    ],
    relations: [{ type: "met_with", subject: "Pia Lund", object: "Tomas Ekdahl" }],
  });

  it("micro-averages over documents and warns about missing and unknown predictions", () => {
    const result = scoreCorpus(
      [gold, other],
      [
        predictionLine.parse({
          id: "d2",
          entities: [
            { name: "Pia Lund", type: "Person" },
            { name: "Tomas Ekdahl", type: "Person" },
          ],
          relations: [{ type: "met_with", subject: "Pia Lund", object: "Tomas Ekdahl" }],
        }),
        predictionLine.parse({ id: "d9", entities: [], relations: [] }),
      ],
    );
    expect(result.byType.met_with).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 1,
      precision: 1,
      recall: 0.5,
    });
    expect(result.core).toMatchObject({ tp: 1, fp: 0, fn: 3 });
    expect(result.all).toMatchObject({ tp: 1, fp: 0, fn: 4 });
    expect(result.byType.aide_to).toMatchObject({ precision: null, recall: null, f1: null });
    expect(result.fragmentation).toBe(1);
    expect(result.warnings).toEqual([
      "no prediction for d1; scored as empty",
      "prediction d9 has no gold document; ignored",
    ]);
  });

  it("rejects duplicate gold ids", () => {
    expect(() => scoreCorpus([other, other], [])).toThrow(ScoreInputError);
  });
});
