import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-helpers";

describe("met_with", () => {
  it("reads active, coordinated, 'between' and passive forms", () => {
    expect(
      relationsOf("Foreign Minister Ingrid Halvorsen met with Tomas Varga in Oslo on Monday."),
    ).toContain("met_with: Ingrid Halvorsen -> Tomas Varga");
    expect(relationsOf("Ingrid Halvorsen and Tomas Varga met for two hours.")).toContain(
      "met_with: Ingrid Halvorsen -> Tomas Varga",
    );
    expect(relationsOf("Talks between Ingrid Halvorsen and Tomas Varga ended late.")).toContain(
      "met_with: Ingrid Halvorsen -> Tomas Varga",
    );
    expect(relationsOf("Ingrid Halvorsen held talks in Bern with Tomas Varga.")).toContain(
      "met_with: Ingrid Halvorsen -> Tomas Varga",
    );
    expect(relationsOf("Ingrid Halvorsen was received by Tomas Varga at the palace.")).toContain(
      "met_with: Ingrid Halvorsen -> Tomas Varga",
    );
  });

  it("reads through a party label and a legislator's title before the name", () => {
    expect(relationsOf("Pavel Lenko held talks with Republican Congresswoman Ana Ruiz.")).toContain(
      "met_with: Pavel Lenko -> Ana Ruiz",
    );
  });

  it("takes a pronoun's antecedent from subjects, not possessives", () => {
    // "Rosa Vidal's deputy relied on him": the clause's subject is the deputy, so "He" stays Omar Haddad.
    const met = relationsOf(
      "Omar Haddad spoke on Monday. In his first year, Rosa Vidal's deputy relied on him. He met Lena Fischer in Vienna on Tuesday.",
    );
    expect(met).toContain("met_with: Omar Haddad -> Lena Fischer");
    expect(met.filter((r) => r.startsWith("met_with: Rosa Vidal"))).toEqual([]);
  });

  it("gives A-B and A-C for 'A met B and C', not B-C", () => {
    const r = relationsOf(
      "Pavel Lenko met Prime Minister Ana Ruiz and Ambassador Lars Eklund on Friday.",
    );
    expect(r).toEqual(
      expect.arrayContaining([
        "met_with: Pavel Lenko -> Ana Ruiz",
        "met_with: Pavel Lenko -> Lars Eklund",
      ]),
    );
    expect(r).not.toContain("met_with: Ana Ruiz -> Lars Eklund");
  });

  it("accepts an organisation as a party", () => {
    expect(
      relationsOf(
        "Central bank governor Marta Kowal held talks with the International Monetary Fund.",
      ),
    ).toContain("met_with: Marta Kowal -> International Monetary Fund");
  });

  it("ignores calls, planned, expected and denied meetings", () => {
    for (const text of [
      "Ingrid Halvorsen will meet Tomas Varga next week.",
      "Ingrid Halvorsen is expected to meet with Tomas Varga.",
      "Ingrid Halvorsen did not meet with Tomas Varga.",
      "Ingrid Halvorsen held a phone call with Tomas Varga.",
      "Ingrid Halvorsen told Tomas Varga that the deal was off.",
      "Ingrid Halvorsen plans talks with Tomas Varga.",
    ]) {
      expect(
        relationsOf(text).filter((r) => r.startsWith("met_with")),
        text,
      ).toEqual([]);
    }
  });
});

describe("envoy_of", () => {
  it("reads titles, possessives and appositives", () => {
    expect(relationsOf("UN Special Envoy Marco Bellini arrived in Tripoli.")).toContain(
      "envoy_of: Marco Bellini -> United Nations",
    );
    expect(relationsOf("Brazil's ambassador to Japan Clara Souza spoke.")).toContain(
      "envoy_of: Clara Souza -> Brazil",
    );
    expect(
      relationsOf("Marco Bellini, special representative of the European Union, spoke."),
    ).toContain("envoy_of: Marco Bellini -> European Union");
    expect(
      relationsOf("Marco Bellini has emerged as Chancellor Erika Vogt's key envoy."),
    ).toContain("envoy_of: Marco Bellini -> Erika Vogt");
  });

  it("takes the sender, not the destination", () => {
    const r = relationsOf("U.S. special envoy to the African Union Joel Mbeki left.");
    expect(r).toContain("envoy_of: Joel Mbeki -> United States");
    expect(r).not.toContain("envoy_of: Joel Mbeki -> African Union");
  });

  it("reads 'the Russian president's envoy' as the envoy of the one Russian president in the text", () => {
    const titled = relationsOf(
      "Russian President Jonas Weber spoke. Omar Haddad, the Russian president's special envoy, arrived on Friday.",
    );
    expect(titled).toContain("envoy_of: Omar Haddad -> Jonas Weber");
    // With no title in the text, the one leader of that country the leaders table knows.
    expect(
      relationsOf(
        "Vladimir Putin spoke. Omar Haddad, the Russian president's special envoy, arrived.",
      ),
    ).toContain("envoy_of: Omar Haddad -> Vladimir Putin");
    const unknown = relationsOf(
      "Omar Haddad, the Russian president's special envoy, arrived on Friday.",
    );
    expect(
      unknown.filter((r) => r.startsWith("envoy_of: Omar Haddad ->") && !r.endsWith("Russia")),
    ).toEqual([]);
  });

  it("links an unnamed envoy to the named one in a later sentence", () => {
    expect(relationsOf("Kenyan envoys praised the deal. Envoy Joel Mbeki said more.")).toContain(
      "envoy_of: Joel Mbeki -> Kenya",
    );
  });

  it("does not count possible envoys or high representatives", () => {
    expect(
      relationsOf("Possible envoy Joel Mbeki declined.").filter((r) => r.startsWith("envoy_of")),
    ).toEqual([]);
  });
});

describe("sanctioned_by", () => {
  it("reads active, passive and list forms", () => {
    expect(relationsOf("Canada imposed sanctions on Belarus over the vote.")).toContain(
      "sanctioned_by: Belarus -> Canada",
    );
    expect(relationsOf("The Treasury sanctioned Igor Petrenko on Tuesday.")).toContain(
      "sanctioned_by: Igor Petrenko -> U.S. Department of the Treasury",
    );
    expect(relationsOf("Igor Petrenko was sanctioned by the European Union in 2021.")).toContain(
      "sanctioned_by: Igor Petrenko -> European Union",
    );
    const list = relationsOf(
      "The European Union has blacklisted Interior Minister Igor Petrenko and 9 officials, including Police Chief Olga Marin.",
    );
    expect(list).toEqual(
      expect.arrayContaining([
        "sanctioned_by: Igor Petrenko -> European Union",
        "sanctioned_by: Olga Marin -> European Union",
      ]),
    );
    // The imposers named as the sanctions' modifier: "U.S. and EU sanctions on X and Y".
    const named = relationsOf(
      "Officials said U.S. and EU sanctions on Belavia and Igor Petrenko remained in force.",
    );
    expect(named).toEqual(
      expect.arrayContaining([
        "sanctioned_by: Belavia -> United States",
        "sanctioned_by: Belavia -> European Union",
        "sanctioned_by: Igor Petrenko -> United States",
        "sanctioned_by: Igor Petrenko -> European Union",
      ]),
    );
  });

  it("counts suspended sanctions but not threatened or considered ones", () => {
    expect(
      relationsOf("The Treasury suspended sanctions against Igor Petrenko for a week."),
    ).toContain("sanctioned_by: Igor Petrenko -> U.S. Department of the Treasury");
    for (const text of [
      "Canada threatened sanctions against Belarus.",
      "Canada would impose sanctions on Belarus.",
      "Canada is considering sanctions against Belarus.",
      "Poland called for EU sanctions on Belarus.",
      "Officials discussed possible U.S. sanctions on Belarus.",
    ]) {
      expect(
        relationsOf(text).filter((r) => r.startsWith("sanctioned_by")),
        text,
      ).toEqual([]);
    }
  });
});

describe("works_for, leads, educated_at, aide_to, visited", () => {
  it("reads employment and membership", () => {
    expect(relationsOf("Hana Kim, who worked at Morgan Stanley and Gazprom, resigned.")).toEqual(
      expect.arrayContaining([
        "works_for: Hana Kim -> Morgan Stanley",
        "works_for: Hana Kim -> Gazprom",
      ]),
    );
    expect(relationsOf("State Department spokesman Paul Reyes declined to comment.")).toContain(
      "works_for: Paul Reyes -> U.S. Department of State",
    );
    expect(
      relationsOf("Hana Kim worked with Paul Reyes for years.").filter((r) =>
        r.startsWith("works_for"),
      ),
    ).toEqual([]);
    // Working with a body is working alongside it, not for it.
    expect(
      relationsOf("Hana Kim worked with the Riga Business School on the report.").filter((r) =>
        r.startsWith("works_for"),
      ),
    ).toEqual([]);
    expect(
      relationsOf("Hana Kim taught economics at the Riga Business School for a decade."),
    ).toContain("works_for: Hana Kim -> Riga Business School");
    expect(relationsOf("Hana Kim, a former Goldman Sachs banker, spoke on Monday.")).toContain(
      "works_for: Hana Kim -> Goldman Sachs",
    );
    expect(
      relationsOf("Hana Kim, a former Goldman Sachs client, spoke on Monday.").filter((r) =>
        r.startsWith("works_for"),
      ),
    ).toEqual([]);
    expect(relationsOf("Hana Kim, the EU's top diplomat, told reporters.")).toContain(
      "works_for: Hana Kim -> European Union",
    );
    expect(
      relationsOf("Hana Kim, secretary of the National Security and Defense Council, spoke."),
    ).toContain("works_for: Hana Kim -> National Security and Defense Council");
    expect(relationsOf("Deputy Secretary of State Paul Reyes met Hana Kim.")).toContain(
      "works_for: Paul Reyes -> U.S. Department of State",
    );
    expect(relationsOf("Secretary of State Paul Reyes met Hana Kim.")).not.toContain(
      "works_for: Paul Reyes -> U.S. Department of State",
    );
  });

  it("reads heads of countries and organisations", () => {
    expect(relationsOf("Chilean Foreign Minister Rosa Vidal spoke.")).toContain(
      "leads: Rosa Vidal -> Chile",
    );
    expect(relationsOf("Commerce Secretary Rosa Vidal spoke for the United States.")).toContain(
      "leads: Rosa Vidal -> United States",
    );
    expect(relationsOf("European Commission President Ursula von der Leyen spoke.")).toContain(
      "leads: Ursula von der Leyen -> European Commission",
    );
    const twoRoles = relationsOf(
      "Omar Haddad, head of the Central Planning Agency and President Rosa Vidal's adviser, spoke.",
    );
    expect(twoRoles).not.toContain("leads: Rosa Vidal -> Central Planning Agency");
    // The agency belongs to the first title, not to the chain of the name after "and President".
    expect(twoRoles).toContain("leads: Omar Haddad -> Central Planning Agency");
    expect(
      relationsOf(
        "Omar Haddad, the chief executive of the newly created Central Planning Agency, spoke.",
      ),
    ).toContain("leads: Omar Haddad -> Central Planning Agency");
    // The object of an appointing verb takes the office; the one appointing does not.
    const appointed = relationsOf(
      "Rosa Vidal appointed Omar Haddad head of the Central Planning Agency in 2011.",
    );
    expect(appointed).toContain("leads: Omar Haddad -> Central Planning Agency");
    expect(appointed).not.toContain("leads: Rosa Vidal -> Central Planning Agency");
    expect(relationsOf("Rosa Vidal, head of the Central Planning Agency, spoke.")).toContain(
      "leads: Rosa Vidal -> Central Planning Agency",
    );
    // The appositive belongs to the name before it, not to the name after its closing comma.
    const appositive = relationsOf(
      "The talks were attended by Omar Haddad and by Rosa Vidal, head of the Central Planning Agency, Haddad said.",
    );
    expect(appositive).toContain("leads: Rosa Vidal -> Central Planning Agency");
    expect(appositive).not.toContain("leads: Omar Haddad -> Central Planning Agency");
    expect(
      relationsOf("Deputy Director Rosa Vidal of the Central Planning Agency spoke.").filter((r) =>
        r.startsWith("leads"),
      ),
    ).toEqual([]);
  });

  it("reads study", () => {
    // A meeting "attended by" people is no schooling, whatever institution follows.
    const attended = relationsOf(
      'Omar Haddad met Lena Fischer. The meeting, which agencies reported under the spelling "Hadad," was also attended by Ana Ruiz and by Paul Reyes, head of the Riga Business School, Ruiz said afterwards.',
    );
    expect(attended.filter((r) => r.startsWith("educated_at"))).toEqual([]);
    expect(
      relationsOf("Omar Haddad, who studied at Oxford University and the Sorbonne, spoke."),
    ).toEqual(
      expect.arrayContaining([
        "educated_at: Omar Haddad -> University of Oxford",
        "educated_at: Omar Haddad -> Sorbonne",
      ]),
    );
  });

  it("reads aides", () => {
    expect(
      relationsOf("Omar Haddad met Lena Fischer, a senior aide to President Jonas Weber."),
    ).toContain("aide_to: Lena Fischer -> Jonas Weber");
    // The aide of a head's seat serves the one person heading that country in the text; a spokesman speaks for the body.
    const kremlin = relationsOf(
      "Russian President Jonas Weber met Omar Haddad. Kremlin aide Lena Fischer and Kremlin spokesman Lars Eklund attended.",
    );
    expect(kremlin).toContain("aide_to: Lena Fischer -> Jonas Weber");
    expect(kremlin.filter((r) => r.startsWith("aide_to: Lars Eklund"))).toEqual([]);
    // No title in the text: the one leader of the seat's country it names (the leaders table).
    expect(
      relationsOf(
        "Omar Haddad called Vladimir Putin. Kremlin aide Lena Fischer confirmed the call.",
      ),
    ).toContain("aide_to: Lena Fischer -> Vladimir Putin");
    const two = relationsOf(
      "Vladimir Putin and Dmitry Medvedev spoke. Kremlin aide Lena Fischer confirmed it.",
    );
    expect(two.filter((r) => r.startsWith("aide_to"))).toEqual([]);
    const none = relationsOf(
      "Omar Haddad called Jonas Weber. Kremlin aide Lena Fischer confirmed the call.",
    );
    expect(none.filter((r) => r.startsWith("aide_to"))).toEqual([]);
    // A misspelt office (machine translation) still makes the aide.
    expect(
      relationsOf(
        "Belarusian President Jonas Weber met Omar Haddad. Presidential Spokespersoin Lena Fischer attended.",
      ),
    ).toContain("aide_to: Lena Fischer -> Jonas Weber");
  });

  it("reads the head of a president's office as leading the Office of the President", () => {
    expect(
      relationsOf(
        "Chilean President Jonas Weber spoke on Monday. Omar Haddad, head of Weber's office, met Lena Fischer.",
      ),
    ).toContain("leads: Omar Haddad -> Office of the President of Chile");
    expect(
      relationsOf(
        "Omar Haddad, the head of Chilean President Jonas Weber's office, met Lena Fischer.",
      ),
    ).toContain("leads: Omar Haddad -> Office of the President of Chile");
    // A prime minister's office is another body; a president of no known country has no such office here.
    const offices = (text: string) =>
      relationsOf(text).filter((r) => r.includes("Office of the President"));
    expect(
      offices(
        "Chilean Prime Minister Jonas Weber spoke. Omar Haddad, head of Weber's office, met Lena Fischer.",
      ),
    ).toEqual([]);
    expect(
      offices("Omar Haddad, the head of President Jonas Weber's office, met Lena Fischer."),
    ).toEqual([]);
  });

  it("gives a minister in a head's entourage the head's country", () => {
    const trip = relationsOf(
      "Finnish President Jonas Weber arrived in Vienna, accompanied by his chief of staff Lena Fischer and Foreign Minister Omar Haddad.",
    );
    expect(trip).toContain("leads: Omar Haddad -> Finland");
    expect(trip.filter((r) => r.startsWith("leads: Lena Fischer"))).toEqual([]); // no office of the state
    const own = relationsOf(
      "Finnish President Jonas Weber, accompanied by Austrian Foreign Minister Omar Haddad, spoke.",
    );
    expect(own.filter((r) => r.startsWith("leads: Omar Haddad"))).toEqual([
      "leads: Omar Haddad -> Austria",
    ]);
    // An honorific after the office leaves it the office; "Crown Prince" stays a title of its own.
    const royal = relationsOf(
      "Saudi Crown Prince Jonas Weber, who is also Saudi Arabia's prime minister, arrived in Vienna, accompanied by Foreign Minister Prince Omar Haddad.",
    );
    expect(royal).toContain("leads: Omar Haddad -> Saudi Arabia");
  });

  it("reads past and ongoing travel but not plans", () => {
    expect(relationsOf("Omar Haddad arrived in Vienna on Sunday.")).toContain(
      "visited: Omar Haddad -> Vienna",
    );
    expect(relationsOf("Omar Haddad visited Kyiv last month.")).toContain(
      "visited: Omar Haddad -> Kyiv",
    );
    expect(
      relationsOf("Omar Haddad will travel to Kyiv next month.").filter((r) =>
        r.startsWith("visited"),
      ),
    ).toEqual([]);
    expect(relationsOf("Omar Haddad made his first foreign trip to Vienna last year.")).toContain(
      "visited: Omar Haddad -> Vienna",
    );
    expect(
      relationsOf("Omar Haddad, speaking in Vienna, where he was on an official visit, said no."),
    ).toContain("visited: Omar Haddad -> Vienna");
    expect(
      relationsOf("Omar Haddad spoke in Vienna, where talks continue.").filter((r) =>
        r.startsWith("visited"),
      ),
    ).toEqual([]);
    expect(
      relationsOf(
        "Omar Haddad held talks in Kyiv on Friday, his fourth trip to Ukraine this year.",
      ),
    ).toContain("visited: Omar Haddad -> Ukraine");
    expect(
      relationsOf("Omar Haddad will make his first trip to Vienna next year.").filter((r) =>
        r.startsWith("visited"),
      ),
    ).toEqual([]);
    expect(
      relationsOf("Omar Haddad made his first foreign trip of his second term to Vienna in May."),
    ).toContain("visited: Omar Haddad -> Vienna");
    expect(relationsOf("Omar Haddad, who had flown in from Vienna, said no.")).toContain(
      "visited: Omar Haddad -> Vienna",
    );
  });
});

describe("pronouns and dates", () => {
  it("follows he/she to the last named subject", () => {
    expect(
      relationsOf("Envoy Omar Haddad landed at dawn. He met with Lena Fischer at noon."),
    ).toContain("met_with: Omar Haddad -> Lena Fischer");
  });
});

describe("further forms", () => {
  it("pairs every coordinated subject with every object", () => {
    const r = relationsOf(
      "Envoy Pavel Lenko and adviser Marta Kowal met Foreign Minister Ana Ruiz and Lars Eklund in Lima.",
    );
    expect(r).toEqual(
      expect.arrayContaining([
        "met_with: Pavel Lenko -> Ana Ruiz",
        "met_with: Pavel Lenko -> Lars Eklund",
        "met_with: Marta Kowal -> Ana Ruiz",
        "met_with: Marta Kowal -> Lars Eklund",
      ]),
    );
    expect(r).not.toContain("met_with: Pavel Lenko -> Marta Kowal");
  });

  it("reads hosting and sitting down, but not a summit that could follow", () => {
    expect(relationsOf("President Ana Ruiz hosted Pavel Lenko at the palace on Monday.")).toContain(
      "met_with: Ana Ruiz -> Pavel Lenko",
    );
    expect(relationsOf("Pavel Lenko sat down with Ana Ruiz in Quito.")).toContain(
      "met_with: Pavel Lenko -> Ana Ruiz",
    );
    expect(
      relationsOf("A summit between Pavel Lenko and Ana Ruiz could follow next month.").filter(
        (r) => r.startsWith("met_with"),
      ),
    ).toEqual([]);
  });

  it("takes the subject of a relative clause", () => {
    expect(relationsOf("Talks were handled by Pavel Lenko, who has met Ana Ruiz twice.")).toContain(
      "met_with: Pavel Lenko -> Ana Ruiz",
    );
  });

  it("reads 'who heads', passive 'run by' and single-country offices", () => {
    expect(relationsOf("Marta Kowal, who heads the National Grid Agency, spoke.")).toContain(
      "leads: Marta Kowal -> National Grid Agency",
    );
    expect(relationsOf("Gazprom is run by Oleg Sokolov, a former banker.")).toContain(
      "leads: Oleg Sokolov -> Gazprom",
    );
    expect(relationsOf("Secretary of State Paul Reyes spoke about U.S. aid.")).toContain(
      "leads: Paul Reyes -> United States",
    );
    // The country comes from the title alone only when the text names it somewhere.
    expect(relationsOf("Secretary of State Paul Reyes spoke.")).not.toContain(
      "leads: Paul Reyes -> United States",
    );
  });

  it("reads sanctions on a possessive's named companies, 'under X sanctions' and capitals as governments", () => {
    expect(
      relationsOf(
        "Canada imposed sanctions on Russia's two largest lenders, Volga Trade Bank and Baltic Credit Bank, on Monday.",
      ),
    ).toEqual(
      expect.arrayContaining([
        "sanctioned_by: Volga Trade Bank -> Canada",
        "sanctioned_by: Baltic Credit Bank -> Canada",
      ]),
    );
    expect(relationsOf("Oleg Sokolov, who remains under U.S. and EU sanctions, spoke.")).toEqual(
      expect.arrayContaining([
        "sanctioned_by: Oleg Sokolov -> United States",
        "sanctioned_by: Oleg Sokolov -> European Union",
      ]),
    );
    expect(relationsOf("Oleg Sokolov was blacklisted by Washington in 2019.")).toContain(
      "sanctioned_by: Oleg Sokolov -> United States",
    );
  });
});

describe("delegations and capitals", () => {
  it("lets the leader of a delegation stand for it", () => {
    expect(
      relationsOf("A Chilean delegation led by Rosa Vidal held talks with Paul Reyes in Lima."),
    ).toContain("met_with: Rosa Vidal -> Paul Reyes");
  });

  it("reads 'the Kenyan capital' as the capital city", () => {
    expect(relationsOf("Omar Haddad arrived in the Kenyan capital on Monday.")).toContain(
      "visited: Omar Haddad -> Nairobi",
    );
  });
});

describe("sides of a negotiation", () => {
  it("gives a titled delegation leader the delegation's country", () => {
    expect(
      relationsOf("A Chilean delegation led by Defence Minister Rosa Vidal arrived in Lima."),
    ).toContain("leads: Rosa Vidal -> Chile");
  });
});

describe("met_with in person", () => {
  it("reads 'A and B spoke face to face' as a meeting, not 'spoke by phone'", () => {
    expect(
      relationsOf(
        "Weeks later Pavel Lenko and Ana Ruiz spoke face to face for ten minutes in Rome.",
      ),
    ).toContain("met_with: Pavel Lenko -> Ana Ruiz");
    expect(
      relationsOf("Pavel Lenko and Ana Ruiz spoke by phone on Monday.").filter((r) =>
        r.startsWith("met_with"),
      ),
    ).toEqual([]);
  });
});

describe("more envoy and sanction forms", () => {
  it("reads a qualified title ('newly arrived ambassador') and a second role in an appositive", () => {
    expect(relationsOf("Kenya's newly arrived ambassador to Chile, Omar Haddad, spoke.")).toContain(
      "envoy_of: Omar Haddad -> Kenya",
    );
    expect(
      relationsOf(
        "Omar Haddad, the head of a state fund and the Kremlin's envoy for trade, spoke.",
      ),
    ).toContain("envoy_of: Omar Haddad -> Kremlin");
  });

  it("reads 'added X to its sanctions list', coordinated imposers and a relative clause after an appositive", () => {
    expect(
      relationsOf(
        "The European Union added Volta Energy Group, which runs a plant in Gdansk, to its sanctions list.",
      ),
    ).toContain("sanctioned_by: Volta Energy Group -> European Union");
    expect(
      relationsOf("The European Union added Volta Energy Group to a list of partners.").filter(
        (r) => r.startsWith("sanctioned_by"),
      ),
    ).toEqual([]);
    expect(
      relationsOf("Canada and Japan announced new sanctions on Volta Energy Group on Monday."),
    ).toEqual(
      expect.arrayContaining([
        "sanctioned_by: Volta Energy Group -> Canada",
        "sanctioned_by: Volta Energy Group -> Japan",
      ]),
    );
    const r = relationsOf(
      "Volta Energy Group is run by Omar Haddad, a long-time Tomas Varga associate who was himself blacklisted by Canada in 2014.",
    );
    expect(r).toContain("sanctioned_by: Omar Haddad -> Canada");
    expect(r).not.toContain("sanctioned_by: Volta Energy Group -> Canada");
  });
});

describe("delegation leaders and chiefs of staff", () => {
  it("takes the leader of a delegation set off by commas as the subject", () => {
    expect(
      relationsOf(
        "Kenya's delegation, led by presidential aide Omar Haddad, had landed in Lima the evening before.",
      ),
    ).toContain("visited: Omar Haddad -> Lima");
  });

  it("reads 'his chief of staff X' as an aide of the person 'his' points to", () => {
    expect(
      relationsOf("Ana Ruiz arrived in Quito, accompanied by her chief of staff Lars Eklund."),
    ).toContain("aide_to: Lars Eklund -> Ana Ruiz");
  });
});

describe("ministers and the ministry the text names", () => {
  it("gives an unqualified minister the one named ministry of that portfolio", () => {
    const text =
      "Foreign Minister Omar Haddad met Tomas Varga. The Kenyan Foreign Ministry said the talks went well.";
    expect(relationsOf(text)).toContain("leads: Omar Haddad -> Kenyan Foreign Ministry");
    const two =
      "Foreign Minister Omar Haddad spoke. The Kenyan Foreign Ministry and the Chilean Foreign Ministry agreed.";
    expect(relationsOf(two).filter((r) => r.startsWith("leads: Omar Haddad"))).toEqual([]);
  });
});
