import { describe, expect, it } from "vitest";
import { toElements } from "./to-elements";

describe("toElements", () => {
  it("turns nodes and edges into Cytoscape elements and drops edges to nodes not shown", () => {
    const elements = toElements({
      nodes: [
        { id: "person:ana-ortiz", name: "Ana Ortiz", type: "Person", aliases: [], degree: 2 },
        { id: "country:chile", name: "Chile", type: "Country", aliases: [], degree: 1 },
      ],
      edges: [
        {
          id: "e1",
          type: "envoy_of",
          source: "person:ana-ortiz",
          target: "country:chile",
          evidenceCount: 3,
        },
        {
          id: "e2",
          type: "met_with",
          source: "person:ana-ortiz",
          target: "person:absent",
          evidenceCount: 1,
        },
      ],
    });
    expect(elements.filter((e) => e.group === "nodes").map((e) => e.data.id)).toEqual([
      "person:ana-ortiz",
      "country:chile",
    ]);
    expect(elements.filter((e) => e.group === "edges")).toEqual([
      {
        group: "edges",
        data: {
          id: "e1",
          source: "person:ana-ortiz",
          target: "country:chile",
          type: "envoy_of",
          label: "envoy of",
          evidenceCount: 3,
        },
      },
    ]);
  });

  it("labels a leads line with its role and marks how many sources back each line", () => {
    const [, , leads, met] = toElements({
      nodes: [
        { id: "person:marco-rubio", name: "Marco Rubio", type: "Person", aliases: [], degree: 2 },
        {
          id: "country:united-states",
          name: "United States",
          type: "Country",
          aliases: [],
          degree: 1,
        },
      ],
      edges: [
        {
          id: "e1",
          type: "leads",
          source: "person:marco-rubio",
          target: "country:united-states",
          evidenceCount: 2,
          role: "secretary of state",
          sources: ["Wire"],
        },
        {
          id: "e2",
          type: "met_with",
          source: "person:marco-rubio",
          target: "country:united-states",
          evidenceCount: 2,
          sources: ["A", "B"],
        },
      ],
    });
    expect(leads!.data).toMatchObject({
      label: "Secretary of State",
      role: "secretary of state",
      corroboration: "single",
      sourceCount: 1,
    });
    expect(met!.data).toMatchObject({
      label: "met with",
      corroboration: "multiple",
      sourceCount: 2,
    });
  });
});
