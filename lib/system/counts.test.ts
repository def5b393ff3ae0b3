import { describe, expect, it } from "vitest";
import { countsQuery as ingestCounts } from "@/lib/ingest/counts";
import { RELATIONS } from "@/lib/schema/relations";
import { countsQuery as healthCounts } from "./health";

describe("count queries", () => {
  // The count store answers only for relationship types written in the query, so the registry's
  // list is spelled out there; a type added to the registry must be added to the queries too.
  const disjunction = `()-[r:${RELATIONS.map((r) => r.neo4jType).join("|")}]->()`;

  it("count the registry's relationship types, all of them", () => {
    expect(healthCounts.text).toContain(disjunction);
    expect(ingestCounts.text).toContain(disjunction);
  });

  it("take no parameter that would keep the planner from the count store", () => {
    expect(healthCounts.text).not.toMatch(/\$\w/);
    expect(ingestCounts.text).not.toMatch(/\$\w/);
  });
});
