import { describe, expect, it } from "vitest";
import { relationsOf } from "./test-helpers";

const met = (text: string) => relationsOf(text).filter((r) => r.startsWith("met_with"));
const pair = (a: string, b: string) => (r: string[]) =>
  r.includes(`met_with: ${a} -> ${b}`) || r.includes(`met_with: ${b} -> ${a}`);

describe("meeting sides across sentences", () => {
  it("joins two delegations named after a meeting, every cross pair and no same-side pair", () => {
    const r = met(
      "Kenya held six hours of talks with a Chilean delegation in Lima on Monday. " +
        "The Kenyan team was led by Foreign Minister Ingrid Halvorsen and Tomas Varga. " +
        "The Chilean delegation included Olga Marin and Pavel Lenko.",
    );
    for (const [a, b] of [
      ["Ingrid Halvorsen", "Olga Marin"],
      ["Ingrid Halvorsen", "Pavel Lenko"],
      ["Tomas Varga", "Olga Marin"],
      ["Tomas Varga", "Pavel Lenko"],
    ])
      expect(pair(a!, b!)(r), `${a}-${b}`).toBe(true);
    expect(pair("Ingrid Halvorsen", "Tomas Varga")(r)).toBe(false);
    expect(pair("Olga Marin", "Pavel Lenko")(r)).toBe(false);
  });

  it("adds people who joined one side or attended to the right side", () => {
    const r = met(
      "Ingrid Halvorsen met Tomas Varga in Vienna on Friday. " +
        "Halvorsen was joined by Olga Marin and Ana Ruiz, and Varga by Lars Eklund. " +
        "Hana Kim also attended.",
    );
    expect(pair("Olga Marin", "Tomas Varga")(r)).toBe(true);
    expect(pair("Ana Ruiz", "Lars Eklund")(r)).toBe(true);
    expect(pair("Lars Eklund", "Ingrid Halvorsen")(r)).toBe(true);
    expect(pair("Olga Marin", "Ana Ruiz")(r)).toBe(false);
    expect(pair("Hana Kim", "Ingrid Halvorsen")(r)).toBe(true);
    expect(pair("Hana Kim", "Tomas Varga")(r)).toBe(false);
  });

  it("reads 'sat across from' and a delegation led by a named person", () => {
    const r = met(
      "Negotiators from both countries wrapped up talks in Doha. The Polish delegation was headed by Igor Petrenko. " +
        "They sat across from Clara Souza and Marco Bellini. On Sunday, Souza held talks with a Kenyan delegation led by Omar Haddad.",
    );
    expect(pair("Igor Petrenko", "Clara Souza")(r)).toBe(true);
    expect(pair("Igor Petrenko", "Marco Bellini")(r)).toBe(true);
    expect(pair("Clara Souza", "Omar Haddad")(r)).toBe(true);
    expect(pair("Igor Petrenko", "Omar Haddad")(r)).toBe(false);
  });

  it("reads 'the delegations were led by A and by B'", () => {
    expect(
      pair(
        "Jonas Weber",
        "Rosa Vidal",
      )(
        met(
          "Talks resumed in Geneva. The delegations were again led by Jonas Weber, a senior aide, and by Rosa Vidal.",
        ),
      ),
    ).toBe(true);
  });

  it("needs a real meeting nearby", () => {
    expect(
      met(
        "The Kenyan team will be led by Tomas Varga. The Chilean delegation would include Olga Marin.",
      ),
    ).toEqual([]);
    expect(
      met(
        "The Kenyan team was led by Tomas Varga at the trade fair. The Chilean team was led by Olga Marin.",
      ),
    ).toEqual([]);
  });
});

describe("unnamed heads and ministers on a country's side", () => {
  it("gives a minister on a named country's delegation the lead of that country", () => {
    const r = relationsOf(
      "Kenya held talks with a Chilean delegation in Lima on Monday. The Kenyan team was led by Tomas Varga. The Chilean delegation included Foreign Minister Olga Marin and Pavel Lenko.",
    );
    expect(r).toContain("leads: Olga Marin -> Chile");
    expect(r).not.toContain("leads: Pavel Lenko -> Chile");
  });

  it("fills in a meeting a few sentences back when its member's entourage is named", () => {
    const near = relationsOf(
      "President Tomas Varga welcomed Chilean President Olga Marin to the palace on Tuesday. The two leaders held talks in the hall. Varga thanked Chile for hosting talks in Lima in February. Marin was accompanied by Foreign Minister Pavel Lenko.",
    );
    expect(pair("Tomas Varga", "Pavel Lenko")(near)).toBe(true);
    // Too far back, the meeting is over.
    const far = relationsOf(
      "President Tomas Varga welcomed Chilean President Olga Marin to the palace on Tuesday. Varga spoke. Varga thanked Chile. Varga left. Varga slept. Marin was accompanied by Foreign Minister Pavel Lenko.",
    );
    expect(pair("Tomas Varga", "Pavel Lenko")(far)).toBe(false);
  });

  it("lets the host who opened talks meet both sides, even sides named after the host", () => {
    const r = relationsOf(
      "Kenyan and Chilean negotiators held talks in Istanbul on Friday. They were opened by Turkish Foreign Minister Omar Haddad. Kenya's team was led by Tomas Varga, and Chile's by Olga Marin.",
    );
    expect(pair("Omar Haddad", "Tomas Varga")(r)).toBe(true);
    expect(pair("Omar Haddad", "Olga Marin")(r)).toBe(true);
    expect(pair("Tomas Varga", "Olga Marin")(r)).toBe(true);
  });

  it("meets each member of a group named after the meeting, who travelled where the group did", () => {
    const text =
      "President Tomas Varga hosted Ana Ruiz in Lima on Monday and then sat down with four European leaders who had flown to Lima to back her. " +
      "The two discussed trade. The European group included Olga Marin, Pavel Lenko and Lars Eklund. Finland's Hana Kim also attended.";
    const r = relationsOf(text);
    for (const member of ["Olga Marin", "Pavel Lenko", "Lars Eklund", "Hana Kim"]) {
      expect(pair("Tomas Varga", member)(r), member).toBe(true);
      expect(r).toContain(`visited: ${member} -> Lima`);
    }
    expect(pair("Olga Marin", "Pavel Lenko")(r)).toBe(false); // one side, no meeting among them
    // A planned group meeting, or one whose members are never named, gives nothing.
    const planned = relationsOf(
      "President Tomas Varga will sit down with four European leaders in Lima. The European group included Olga Marin and Pavel Lenko.",
    );
    expect(planned.filter((x) => x.includes("Olga Marin"))).toEqual([]);
  });

  it("gives a minister's counterpart the same office in the country named", () => {
    expect(
      relationsOf(
        "Kenyan Foreign Minister Tomas Varga held talks with his Chilean counterpart Olga Marin on Friday.",
      ),
    ).toContain("leads: Olga Marin -> Chile");
    expect(
      relationsOf(
        "Kenyan Foreign Minister Tomas Varga spoke. He met his Chilean counterpart, Olga Marin, in Lima.",
      ),
    ).toContain("leads: Olga Marin -> Chile");
    // No known office, no office for the counterpart.
    expect(
      relationsOf("Tomas Varga met his Chilean counterpart, Olga Marin, in Lima.").filter((r) =>
        r.startsWith("leads"),
      ),
    ).toEqual([]);
  });

  it("gives the minister heading a country's delegation that country, with or without commas, even for a trip to come", () => {
    // The office is a state of now; only the trip is future.
    expect(
      relationsOf(
        "He said Chile's delegation, headed by Defence Minister Olga Marin, would travel to Lima on Friday.",
      ),
    ).toContain("leads: Olga Marin -> Chile");
    expect(
      relationsOf("The Chilean delegation, led by Defence Minister Olga Marin, arrived."),
    ).toContain("leads: Olga Marin -> Chile");
  });

  it("resolves 'the Kenyan president' to the person named just before", () => {
    expect(
      relationsOf(
        "Lars Eklund hosted Tomas Varga in Oslo on Monday, days after talks that angered the Kenyan president.",
      ),
    ).toContain("leads: Tomas Varga -> Kenya");
    expect(
      relationsOf("Tomas Varga called the Kenyan president a partner.").filter((x) =>
        x.startsWith("leads"),
      ),
    ).toEqual([]);
    expect(relationsOf("Tomas Varga, the Kenyan president's envoy, spoke.")).not.toContain(
      "leads: Tomas Varga -> Kenya",
    );
  });
});

describe("pronouns", () => {
  it("sends an object pronoun to the last sentence's subject, not its own clause's", () => {
    expect(
      relationsOf("Tomas Varga arrived in Oslo on Monday. Ana Ruiz received him at the palace."),
    ).toContain("met_with: Ana Ruiz -> Tomas Varga");
  });

  it("keeps a resolved sentence-opening pronoun as that sentence's subject", () => {
    const r = relationsOf(
      "Lars Eklund visited Lima. In May he held talks with President Ana Ruiz. In June he met Tomas Varga in Quito.",
    );
    expect(r).toContain("met_with: Lars Eklund -> Tomas Varga");
    expect(r).not.toContain("met_with: Ana Ruiz -> Tomas Varga");
  });
});

describe("side statements in appositives", () => {
  it("is not put off by a planning office inside an appositive", () => {
    const r = relationsOf(
      "Negotiators wrapped up talks in Doha. The Polish delegation was headed by Igor Petrenko. " +
        "They sat across from Clara Souza, head of policy planning at the State Department.",
    );
    expect(r).toContain("met_with: Igor Petrenko -> Clara Souza");
  });
});

describe("definite descriptions", () => {
  it("resolves 'the envoy' and 'the fund' to the one named before", () => {
    const r = relationsOf(
      "Kenyan special envoy Joel Mbeki left Oslo on Tuesday. The envoy was received by Lars Eklund before the talks. " +
        "Mbeki heads the Baltic Growth Fund. Canada sanctioned the fund in 2022 and blacklisted Mbeki weeks later.",
    );
    expect(r).toContain("met_with: Joel Mbeki -> Lars Eklund");
    expect(r).toContain("sanctioned_by: Baltic Growth Fund -> Canada");
    expect(r).toContain("sanctioned_by: Joel Mbeki -> Canada");
    expect(r).not.toContain("sanctioned_by: Joel Mbeki -> Baltic Growth Fund");
  });

  it("takes the title of an appositive after the name too", () => {
    const r = relationsOf(
      "Joel Mbeki, the Kenyan special envoy for Sudan, spoke on Monday. The envoy visited Khartoum on Tuesday.",
    );
    expect(r).toContain("visited: Joel Mbeki -> Khartoum");
  });

  it("leaves a title two people hold unresolved", () => {
    const r = relationsOf(
      "President Ana Ruiz met President Tomas Varga. Lars Eklund, the president's adviser, spoke.",
    );
    expect(r.filter((x) => x.startsWith("aide_to"))).toEqual([]);
  });
});

describe("offices in parts of a body, ministries by country, companions", () => {
  it("reads heads of units and advisers to a body's chief as its staff", () => {
    expect(
      relationsOf(
        "Pavel Lenko, director of the Asia department at the Chilean Foreign Ministry, spoke.",
      ),
    ).toContain("works_for: Pavel Lenko -> Chilean Foreign Ministry");
    expect(
      relationsOf("Ana Ruiz, an adviser to the director of the National Grid Agency, spoke."),
    ).toContain("works_for: Ana Ruiz -> National Grid Agency");
    const r = relationsOf("Ana Ruiz, chairman of the Upper Chamber's budget committee, spoke.");
    expect(r.filter((x) => x.startsWith("leads"))).toEqual([]);
  });

  it("names 'Chile's Foreign Ministry' and a later 'Foreign Ministry' as the Chilean Foreign Ministry", () => {
    const r = relationsOf(
      "Chile's Foreign Ministry spokeswoman Ana Ruiz spoke. Pavel Lenko, an official at the Foreign Ministry, agreed.",
    );
    expect(r).toEqual(
      expect.arrayContaining([
        "works_for: Ana Ruiz -> Chilean Foreign Ministry",
        "works_for: Pavel Lenko -> Chilean Foreign Ministry",
      ]),
    );
  });

  it("sends the companions of a visitor to the same place", () => {
    expect(
      relationsOf("Tomas Varga arrived in Lima on Monday, accompanied by his adviser Ana Ruiz."),
    ).toContain("visited: Ana Ruiz -> Lima");
  });
});

describe("more side statements", () => {
  it("reads 'the X side was led by A, and the Y side by B'", () => {
    const r = relationsOf(
      "Talks on visas were held in Vienna on Friday. The Kenyan side was led by Omar Haddad, a senior diplomat, and the Chilean side by Rosa Vidal.",
    );
    expect(r).toContain("met_with: Omar Haddad -> Rosa Vidal");
  });

  it("lets a host who opened the talks meet both sides", () => {
    const r = met(
      "Ingrid Halvorsen met Tomas Varga in Ankara on Friday. Foreign Minister Lars Eklund opened the session.",
    );
    expect(pair("Lars Eklund", "Ingrid Halvorsen")(r)).toBe(true);
    expect(pair("Lars Eklund", "Tomas Varga")(r)).toBe(true);
  });

  it("reads plural demonyms as a side and attendees after an appositive", () => {
    const r = met(
      "Secretary of State Paul Reyes met Kenyan President Omar Haddad in Nairobi on Monday. " +
        "The Kenyan delegation was headed by Haddad. Foreign Minister Rosa Vidal and Kenya's ambassador to Chile, Lena Fischer, also attended.",
    );
    expect(pair("Rosa Vidal", "Paul Reyes")(r)).toBe(true);
    expect(pair("Lena Fischer", "Paul Reyes")(r)).toBe(true);
    expect(pair("Rosa Vidal", "Omar Haddad")(r)).toBe(false);
    expect(
      pair(
        "Jonas Weber",
        "Hana Kim",
      )(met("The Americans later sat down with Jonas Weber. Hana Kim stayed home.")),
    ).toBe(false);
  });
});

describe("office names and acronyms", () => {
  it("names a possessive body by the acronym after it", () => {
    expect(
      relationsOf("Canada sanctioned Chile's naval intelligence agency CNI on Monday."),
    ).toContain("sanctioned_by: CNI -> Canada");
  });

  it("leads the country, not a ministry the text names only inside the title", () => {
    const r = relationsOf("The U.S. delegation included Treasury Secretary Paul Reyes.");
    expect(r).toContain("leads: Paul Reyes -> United States");
    expect(
      relationsOf("The Treasury said on Monday that Treasury Secretary Paul Reyes would travel."),
    ).toContain("leads: Paul Reyes -> U.S. Department of the Treasury");
  });
});
