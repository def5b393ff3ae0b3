import { describe, expect, it } from "vitest";
import { extraction } from "@/lib/schema/extraction";
import { extractArticle } from "./index";
import { misspelledTitle } from "./gazetteer/titles";
import { recognize } from "./recognize";
import { tokenize } from "./tokens";

const mentions = (t: string) => recognize(tokenize(t), t).map((m) => `${m.type}:${m.text}`);
const entities = (text: string) => extraction.parse(extractArticle({ text })).entities;

describe("tokenize", () => {
  it("keeps dotted abbreviations and splits possessives", () => {
    expect(tokenize("The U.S. envoy's car").map((t) => t.text)).toEqual([
      "The",
      "U.S.",
      "envoy",
      "'s",
      "car",
    ]);
  });
});

describe("misspelledTitle", () => {
  it("reads a long office one edit off as that office", () => {
    expect(
      ["spokespersoin", "secretray", "presidnet", "ambasador", "commisioner", "presidente"].map(
        misspelledTitle,
      ),
    ).toEqual([
      "spokesperson",
      "secretary",
      "president",
      "ambassador",
      "commissioner",
      "president",
    ]);
  });

  it("leaves titles, plurals, short words, qualifiers and near words alone", () => {
    for (const word of [
      "president",
      "presidents",
      "ambassadors",
      "minster",
      "nacional",
      "nationale",
      "directory",
      "presidency",
      "ministry",
      "eismont",
    ]) {
      expect(misspelledTitle(word), word).toBeUndefined();
    }
  });
});

describe("recognize", () => {
  it("reads a name after a kind of place as a place", () => {
    expect(
      mentions(
        "Ana Ruiz met Omar Haddad at Joint Base Elmendorf-Richardson, then flew to Fort Bragg and Camp David.",
      ),
    ).toEqual([
      "Person:Ana Ruiz",
      "Person:Omar Haddad",
      "Place:Joint Base Elmendorf-Richardson",
      "Place:Fort Bragg",
      "Place:Camp David",
    ]);
  });

  it("takes a misspelt title off the name it precedes", () => {
    expect(
      mentions("Presidential Spokespersoin Lena Fischer met Secretray of State Omar Haddad."),
    ).toEqual(["Person:Lena Fischer", "Person:Omar Haddad"]);
  });

  it("takes titles off names and finds countries, demonyms and organisations", () => {
    expect(
      mentions(
        "Norwegian Foreign Minister Ingrid Halvorsen met officials of the World Bank in Oslo.",
      ),
    ).toEqual([
      "Country:Norwegian",
      "Person:Ingrid Halvorsen",
      "Organization:World Bank",
      "Place:Oslo",
    ]);
  });

  it("reads 'and' inside a body's name only between descriptor words", () => {
    expect(
      mentions(
        "The National Security and Defense Council met. Donald Trump and Justice Department officials spoke.",
      ),
    ).toEqual([
      "Organization:National Security and Defense Council",
      "Person:Donald Trump",
      "Organization:Justice Department",
    ]);
    expect(
      mentions(
        "The Ministry of Trade and Industry and the Foreign Ministry and Defence Ministry agreed.",
      ),
    ).toEqual([
      "Organization:Ministry of Trade and Industry",
      "Organization:Foreign Ministry",
      "Organization:Defence Ministry",
    ]);
  });

  it("keeps name particles, forums and known places apart", () => {
    expect(
      mentions(
        "Ursula von der Leyen spoke at the Antalya Diplomacy Forum, then in the Oval Office.",
      ),
    ).toEqual([
      "Person:Ursula von der Leyen",
      "Organization:Antalya Diplomacy Forum",
      "Place:Oval Office",
    ]);
  });

  it("keeps a known place after an organisation's head word and 'of' inside the name", () => {
    expect(
      mentions(
        "Tom Hale taught at the Anglo-American School of Moscow and banks with the Central Bank of Russia.",
      ),
    ).toEqual([
      "Person:Tom Hale",
      "Organization:Anglo-American School of Moscow",
      "Organization:Central Bank of Russia",
    ]);
    expect(mentions("Tom Hale flew from Moscow to Russia's capital.")).toContain("Place:Moscow");
  });

  it("recognises organisation names by their head word, with a country word in front", () => {
    expect(mentions("The Polish Central Audit Office said so.")).toEqual([
      "Organization:Polish Central Audit Office",
    ]);
  });

  it("reads a country's presidential office as the Office of the President of that country", () => {
    const orgs = entities(
      "Ana Ruiz heads Chile's presidential office. The Chilean presidential office said so.",
    ).filter((e) => e.type === "Organization");
    expect(orgs.map((e) => e.name)).toEqual(["Office of the President of Chile"]);
  });

  it("turns a possessive country and an organisation noun into one organisation", () => {
    expect(mentions("He runs Kenya's national oil company now.")).toContain(
      "Organization:Kenya's national oil company",
    );
  });

  it("marks pronouns and skips sentence-initial words", () => {
    expect(mentions("However, she said Lars Eklund agreed.")).toEqual([
      "Pronoun:she",
      "Person:Lars Eklund",
    ]);
  });
});

describe("entities of a document", () => {
  it("joins a country's described body to the one organisation of that country with the same head word", () => {
    const orgs = entities(
      "Ana Ruiz heads the Kenyan National Oil Company. Kenya's state oil company said so. Chile's oil company did not.",
    ).filter((e) => e.type === "Organization");
    expect(orgs.map((e) => [e.name, e.aliases])).toEqual([
      ["Kenyan National Oil Company", ["Kenya's state oil company"]],
      ["Chile's oil company", []],
    ]);
  });

  it("resolves surnames, possessives and spelling variants to one person, with roles", () => {
    const text =
      "Defence Minister Oleg Sokolov arrived in Riga on Monday. Sokolov's aides said little. Later Sokoloff met reporters, and Mr. Sokolov left.";
    const people = entities(text).filter((e) => e.type === "Person");
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe("Oleg Sokolov");
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(["Sokolov", "Sokoloff"]));
    expect(people[0]!.roles).toContain("defence minister");
  });

  it("does not merge different people who share a surname or an initial", () => {
    const text =
      "Anna Berg met Tomas Berg in Vienna. Later Anna Berg and A. Lind spoke, and Tomas Berg left.";
    const names = entities(text)
      .filter((e) => e.type === "Person")
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(["A. Lind", "Anna Berg", "Tomas Berg"]);
  });

  it("gives mentions whose text is the original slice", () => {
    const text = "\u201cWe agree,\u201d said Ambassador Rafael\u00a0Ortega of Chile.";
    const x = extraction.parse(extractArticle({ text }));
    for (const e of x.entities)
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(x.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Rafael Ortega", "Chile"]),
    );
  });
});
