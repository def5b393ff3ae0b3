import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "./filters";
import { pathEntityTypes, pathOptionsFromFilters, pathQueryString } from "./path-options";

describe("path options", () => {
  it("follow the view: hidden relation and entity types are not crossed, its minimum evidence holds", () => {
    const options = pathOptionsFromFilters({
      ...DEFAULT_FILTERS,
      hiddenRelationTypes: ["visited"],
      hiddenEntityTypes: ["Place"],
      minEvidence: 2,
    });
    expect(options.relationTypes).not.toContain("visited");
    expect(options.entityTypes).toEqual(["Person", "Organization", "Country"]);
    const query = new URLSearchParams(pathQueryString("person:a", "person:b", options));
    expect(query.get("types")!.split(",")).not.toContain("visited");
    expect(query.get("entityTypes")).toBe("Person,Organization,Country");
    expect(query.get("minEvidence")).toBe("2");
    expect(query.get("limit")).toBe("3");
  });

  it("people and organisations only leaves countries and places out", () => {
    const options = pathOptionsFromFilters(DEFAULT_FILTERS, {
      peopleAndOrganizationsOnly: true,
      limit: 5,
    });
    expect(pathEntityTypes(options)).toEqual(["Person", "Organization"]);
    expect(pathQueryString("a", "b", options)).toBe(
      "from=a&to=b&entityTypes=Person%2COrganization&limit=5",
    );
  });

  it("with everything shown, the query names no types", () => {
    expect(pathQueryString("a", "b", pathOptionsFromFilters(DEFAULT_FILTERS))).toBe(
      "from=a&to=b&limit=3",
    );
  });
});
