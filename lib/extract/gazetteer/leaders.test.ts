import { describe, expect, it } from "vitest";
import { relationsOf } from "../test-helpers";
import { COUNTRIES } from "./countries";
import { LEADER_COUNTRIES, leaderBySurname, leaderCountry } from "./leaders";

describe("leaders table", () => {
  it("names only countries of the country table, by their canonical name", () => {
    const canonical = new Set(COUNTRIES.map((c) => c.name));
    expect(LEADER_COUNTRIES.filter((c) => !canonical.has(c))).toEqual([]);
  });

  it("finds a leader by full name, with accents, initials or a royal title, and by an unambiguous surname", () => {
    expect(leaderCountry("Ronald Reagan")).toBe("United States");
    expect(leaderCountry("Vladimir V. Putin")).toBe("Russia");
    expect(leaderCountry("Recep Tayyip Erdoğan")).toBe("Turkey");
    expect(leaderCountry("King Salman")).toBe("Saudi Arabia");
    expect(leaderCountry("Reagan")).toBe("United States");
    // Two countries' leaders share the surname (Lyndon and Boris Johnson): no answer.
    expect(leaderCountry("Johnson")).toBeUndefined();
    expect(leaderCountry("Rosa Vidal")).toBeUndefined();
  });
});

describe("leads from a bare head-of-state title", () => {
  it("gives the country a listed leader led when the text names that country", () => {
    expect(
      relationsOf("President Ronald Reagan said the U.S. would impose tariffs on Japan."),
    ).toContain("leads: Ronald Reagan -> United States");
    expect(
      relationsOf("Prime Minister David Lange is in Hawaii. New Zealand imposed sanctions."),
    ).toContain("leads: David Lange -> New Zealand");
  });

  it("reads 'X became Prime Minister' the same way", () => {
    expect(
      relationsOf("Britain changed course after Mr. Gordon Brown became Prime Minister."),
    ).toContain("leads: Gordon Brown -> United Kingdom");
    expect(
      relationsOf("Britain changed course after Rosa Vidal became Prime Minister.").filter((r) =>
        r.startsWith("leads"),
      ),
    ).toEqual([]);
    expect(
      relationsOf("In Britain they met Gordon Brown, who became Prime Minister later that month."),
    ).toContain("leads: Gordon Brown -> United Kingdom");
  });

  it("knows the one leader a lone surname names, unless two share it or it is a common word", () => {
    expect(leaderBySurname("Putin")).toBe("Vladimir Putin");
    expect(leaderBySurname("Erdogan")).toBe("Recep Tayyip Erdogan");
    expect(leaderBySurname("Johnson")).toBeUndefined(); // Lyndon and Boris
    expect(leaderBySurname("Major")).toBeUndefined(); // "Major powers"
    expect(leaderBySurname("Ford")).toBeUndefined(); // the carmaker
    expect(leaderBySurname("Vladimir Putin")).toBeUndefined(); // a full name is no lone surname
  });

  it("reads a lone 'Putin' as Vladimir Putin when the text names Russia, and not otherwise", () => {
    expect(relationsOf("Putin met Omar Haddad in Moscow, Russia's capital.")).toContain(
      "met_with: Vladimir Putin -> Omar Haddad",
    );
    expect(
      relationsOf("Putin met Omar Haddad in Vienna.").filter((r) => r.includes("Vladimir Putin")),
    ).toEqual([]);
  });

  it("gives nothing when the text never names the country, or the title is not a head's", () => {
    expect(
      relationsOf("President Ronald Reagan spoke on Friday.").filter((r) => r.startsWith("leads")),
    ).toEqual([]);
    expect(
      relationsOf("Senator Ronald Reagan visited the United States.").filter((r) =>
        r.startsWith("leads"),
      ),
    ).toEqual([]);
  });
});
