import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { captureDraft } from "./capture";
import { snapshotDraft } from "./envelope";
import { registryStyle } from "./style";

function canvas() {
  const cy = cytoscape({
    headless: true,
    layout: { name: "preset" },
    styleEnabled: true,
    elements: [
      {
        group: "nodes",
        data: { id: "a", label: "Ana", type: "Person", degree: 2, aliases: ["A."] },
        position: { x: 1.23456, y: -2 },
        classes: "focus pinned",
      },
      {
        group: "nodes",
        data: { id: "b", label: "Bo", type: "Person", degree: 1 },
        position: { x: 100, y: 50 },
      },
      {
        group: "nodes",
        data: { id: "c", label: "Hidden", type: "Country" },
        position: { x: 5, y: 5 },
      },
      {
        group: "edges",
        data: { id: "ab", source: "a", target: "b", type: "met_with", evidenceCount: 3 },
        classes: "path hovered",
      },
      {
        group: "edges",
        data: { id: "ac", source: "a", target: "c", type: "envoy_of", evidenceCount: 1 },
      },
    ],
    style: [{ selector: "node", style: { width: 10, height: 10 } }],
  });
  cy.getElementById("c").style("display", "none");
  cy.zoom(1.5);
  cy.pan({ x: 20, y: 30 });
  return cy;
}

describe("captureDraft", () => {
  it("freezes the visible elements with positions, style classes, zoom, pan and context", () => {
    const draft = captureDraft(
      canvas(),
      { filters: { minEvidence: 2 }, search: "ana", focus: ["a"] },
      { title: "T", note: "N" },
    );
    expect(draft.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(draft.nodes[0]).toEqual({
      id: "a",
      label: "Ana",
      type: "Person",
      degree: 2,
      aliases: ["A."],
      position: { x: 1.235, y: -2 },
      classes: ["focus", "pinned"],
    });
    expect(draft.edges).toEqual([
      { id: "ab", source: "a", target: "b", type: "met_with", evidenceCount: 3, classes: ["path"] },
    ]);
    expect(draft.viewport.zoom).toBe(1.5);
    expect(draft.viewport.pan).toEqual({ x: 20, y: 30 });
    expect(draft.query).toEqual({ search: "ana", focus: ["a"], filters: { minEvidence: 2 } });
    expect(draft.style).toEqual(registryStyle());
    expect(snapshotDraft.safeParse(draft).success).toBe(true);
  });

  it("keeps the console's query when the view came from it", () => {
    const draft = captureDraft(
      canvas(),
      { filters: undefined, cypher: "MATCH (p:Person) RETURN p LIMIT 5" },
      { title: "T" },
    );
    expect(draft.query).toEqual({ cypher: "MATCH (p:Person) RETURN p LIMIT 5" });
  });
});
