/**
 * Regression floor for the whole extractor (NLP service and rules) on the project's own annotated
 * corpus (data/corpus/gold.jsonl, 75 articles we wrote). Scored by the same code as `npm run eval`.
 *
 * Measured with `npm run eval -- data/corpus/gold.jsonl` when the floors were set (2026-12-08):
 *   core F1 0.791 (P 0.892, R 0.710), all-types F1 0.778 (P 0.870, R 0.704), negatives 0,
 *   fragmentation 1.03. Floors are those values minus 0.03; the fragmentation ceiling plus 0.04.
 * Articles 056-075 were written after the rules and held out from them, so this corpus is no
 * longer only the texts the rules were written from (docs/extraction.md).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { goldLine } from "@/lib/eval/formats";
import { predictGold } from "@/lib/eval/run-extractor";
import { scoreCorpus } from "@/lib/eval/score";
import { nlpExtractor } from "@/lib/nlp/extractor";
import type { CorpusScore } from "@/lib/eval/score";

const GOLD = fileURLToPath(new URL("../../data/corpus/gold.jsonl", import.meta.url));

const CORE_F1_FLOOR = 0.76;
const ALL_F1_FLOOR = 0.75;
const FRAGMENTATION_CEILING = 1.07;

describe("extractor quality on our own annotated corpus", () => {
  const golds = readFileSync(GOLD, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => goldLine.parse(JSON.parse(line)));
  let score: CorpusScore;
  // The whole extractor, with the NLP service that `npm test` starts (LIAISON_NLP_URL).
  beforeAll(async () => {
    score = scoreCorpus(golds, await predictGold(golds, nlpExtractor()));
  }, 180_000);

  it("scores every article", () => {
    expect(golds.length).toBeGreaterThanOrEqual(40);
    expect(score.warnings).toEqual([]);
  });

  it("keeps core and all-types F1 above their floors", () => {
    expect(score.core.f1).toBeGreaterThanOrEqual(CORE_F1_FLOOR);
    expect(score.all.f1).toBeGreaterThanOrEqual(ALL_F1_FLOOR);
  });

  it("predicts none of the annotated hard negatives", () => {
    expect(score.negativesPredicted).toBe(0);
  });

  it("keeps name variants together", () => {
    expect(score.fragmentation).not.toBeNull();
    expect(score.fragmentation!).toBeLessThanOrEqual(FRAGMENTATION_CEILING);
  });
});
