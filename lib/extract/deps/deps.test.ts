/**
 * The dependency rules, one construction a case, in sentences of our own (invented people), run
 * through the whole extractor with the NLP service `npm test` starts (LIAISON_NLP_URL). Each case
 * names what must be found and what must not.
 */
import { describe, expect, it } from "vitest";
import { nlpExtractor } from "@/lib/nlp/extractor";
import type { Extraction } from "@/lib/schema/extraction";

const extract = nlpExtractor();

async function triples(text: string): Promise<string[]> {
  const x: Extraction = await extract({ text, publishedAt: "2025-05-06" });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.map((r) => `${name(r.subject)} ${r.type} ${name(r.object)}`);
}

const cases: { construction: string; text: string; found: string[]; notFound?: string[] }[] = [
  {
    construction: "subject and object of meet, with an infinitive of purpose",
    text: "Norwegian diplomat Ingrid Halvorsen flew to Nairobi on Monday to meet Kenyan Foreign Minister Joseph Otieno.",
    found: ["Ingrid Halvorsen met_with Joseph Otieno"],
  },
  {
    construction: "talks with, under a later clause subject (after a meeting with)",
    text: "Tomas Varga spoke to reporters after a meeting with Hana Eklund at the ministry.",
    found: ["Tomas Varga met_with Hana Eklund"],
  },
  {
    construction: "the event noun with 'between'",
    text: "Talks between Lena Fischer and Omar Haddad lasted four hours in Geneva on Tuesday.",
    found: ["Lena Fischer met_with Omar Haddad"],
  },
  {
    construction: "passive received by",
    text: "Marta Kowal was received by President Jonas Weber at the palace in Vienna.",
    found: ["Marta Kowal met_with Jonas Weber"],
  },
  {
    construction:
      "a meeting the main clause's subject had ('told reporters after meeting'), a person visited, a courtesy call, hands shaken",
    text: "Ana Ruiz told reporters after meeting Joel Souza. Lars Eklund visited Omar Haddad at his home. Prince Tomas Varga paid a courtesy call on President Jonas Weber. Clara Vidal shook hands with Pavel Lenko.",
    found: [
      "Ana Ruiz met_with Joel Souza",
      "Lars Eklund met_with Omar Haddad",
      "Tomas Varga met_with Jonas Weber",
      "Clara Vidal met_with Pavel Lenko",
    ],
  },
  {
    construction: "calling on someone to act is no meeting",
    text: "Marta Kowal called on Igor Petrenko to resign.",
    found: [],
    notFound: ["Marta Kowal met_with Igor Petrenko"],
  },
  {
    construction: "negation and modality: no meeting",
    text: "Pavel Lenko did not meet Clara Vidal. Rosa Marin plans to meet Igor Petrenko next week. Joel Souza will meet Ana Ruiz.",
    found: [],
    notFound: [
      "Pavel Lenko met_with Clara Vidal",
      "Rosa Marin met_with Igor Petrenko",
      "Joel Souza met_with Ana Ruiz",
    ],
  },
  {
    construction: "a call is no meeting",
    text: "Marco Bellini held talks by telephone with Lars Eklund on Friday.",
    found: [],
    notFound: ["Marco Bellini met_with Lars Eklund"],
  },
  {
    construction: "he read from the parse, across sentences",
    text: "Finance Minister Ingrid Halvorsen arrived in Lima on Sunday. On Monday, she held talks with Tomas Varga.",
    found: ["Ingrid Halvorsen met_with Tomas Varga"],
  },
  {
    construction: "sanctions imposed on a target by a country",
    text: "Canada imposed sanctions on Volkov Shipping Lines and its owner Pavel Lenko on Wednesday.",
    found: ["Volkov Shipping Lines sanctioned_by Canada", "Pavel Lenko sanctioned_by Canada"],
  },
  {
    construction: "passive sanctioned by, and a capital for its government",
    text: "Hana Eklund was sanctioned by the European Union in 2023. Tokyo also imposed sanctions on Omar Haddad.",
    found: ["Hana Eklund sanctioned_by European Union", "Omar Haddad sanctioned_by Japan"],
  },
  {
    construction: "an entry ban and an asset freeze, and a list that is named",
    text: "Canada banned Marco Bellini from entering the country. The European Union froze the assets of Hana Eklund. Japan added Kessel Optics to its Entity List.",
    found: [
      "Marco Bellini sanctioned_by Canada",
      "Hana Eklund sanctioned_by European Union",
      "Kessel Optics sanctioned_by Japan",
    ],
    notFound: ["Kessel Optics sanctioned_by Entity List"],
  },
  {
    construction:
      "a notice: measures on unnamed people, then 'Among those added to the list ... are A and B'",
    text: "The Council of the European Union today imposed restrictive measures on four individuals. Among those added to the list of persons subject to restrictive measures are Lars Eklund and Omar Haddad.",
    found: [
      "Lars Eklund sanctioned_by Council of the European Union",
      "Omar Haddad sanctioned_by Council of the European Union",
    ],
  },
  {
    construction: "threatened sanctions are none",
    text: "Britain threatened sanctions against Clara Vidal.",
    found: [],
    notFound: ["Clara Vidal sanctioned_by United Kingdom"],
  },
  {
    construction: "a group named with 'including', and 'it' for the body",
    text: "The U.S. Treasury said it blacklisted five executives, including Marta Kowal and Joel Souza.",
    found: [
      "Marta Kowal sanctioned_by U.S. Department of the Treasury",
      "Joel Souza sanctioned_by U.S. Department of the Treasury",
    ],
  },
  {
    construction: "apposition: X, Y's envoy",
    text: "Lena Fischer, Germany's special envoy for the region, arrived in Doha.",
    found: ["Lena Fischer envoy_of Germany"],
  },
  {
    construction: "copula: X is the president of a body",
    text: "Jonas Weber is the president of the Nordic Investment Bank.",
    found: ["Jonas Weber leads Nordic Investment Bank"],
  },
  {
    construction: "aide: adviser to a person",
    text: "Rosa Marin, a senior adviser to President Igor Petrenko, travelled to Helsinki.",
    found: ["Rosa Marin aide_to Igor Petrenko", "Rosa Marin visited Helsinki"],
  },
  {
    construction: "visited: arrived in, and a future trip is none",
    text: "Ana Ruiz arrived in Istanbul on Thursday. Lars Eklund will visit Oslo next month.",
    found: ["Ana Ruiz visited Istanbul"],
    notFound: ["Lars Eklund visited Oslo"],
  },
];

describe("dependency rules over the parse, construction by construction", () => {
  for (const c of cases) {
    it(
      c.construction,
      async () => {
        const got = await triples(c.text);
        for (const f of c.found) expect(got).toContain(f);
        for (const n of c.notFound ?? []) expect(got).not.toContain(n);
        expect(c.found.length + (c.notFound?.length ?? 0)).toBeGreaterThan(0);
      },
      30_000,
    );
  }
});
