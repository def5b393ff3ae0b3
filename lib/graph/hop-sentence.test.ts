import { describe, expect, it } from "vitest";
import { sentencesNamingBoth } from "./hop-sentence";

const rina = { name: "Rina Vale", aliases: [] };
const tomas = { name: "Tomas Brek", aliases: ["T. Brek"] };

describe("sentencesNamingBoth", () => {
  it("puts the sentences that name both ends first, by full name, alias or surname", () => {
    const evidence = [
      { sentence: "Vale arrived on Monday." },
      { sentence: "Rina Vale met T. Brek at the harbour." },
      { sentence: "The talks went on." },
      { sentence: "Vale and Brek spoke again." },
    ];
    expect(sentencesNamingBoth(evidence, rina, tomas).map((v) => v.sentence)).toEqual([
      "Rina Vale met T. Brek at the harbour.",
      "Vale and Brek spoke again.",
      "Vale arrived on Monday.",
      "The talks went on.",
    ]);
  });

  it("keeps the given order when none names both", () => {
    const evidence = [{ sentence: "b" }, { sentence: "a" }];
    expect(sentencesNamingBoth(evidence, rina, tomas)).toEqual(evidence);
  });
});
