import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { graphStylesheet, nodeDiameter } from "./graph-style";
import {
  KEEP_LABEL_SIZE_TO_ZOOM,
  labelBox,
  type Extent,
  type LabelSide,
  labelScale,
  labelsInView,
  largeLabelScale,
  nodeFontSize,
} from "./readable-labels";

describe("labelScale", () => {
  it("leaves labels alone at zoom 1 and closer", () => {
    expect(labelScale(1)).toBe(1);
    expect(labelScale(2.5)).toBe(1);
  });

  it("keeps the on-screen size when zoomed out a little (within one step of 1/8)", () => {
    for (const zoom of [0.9, 0.75, 0.6, 0.5]) {
      expect(Math.abs(labelScale(zoom) * zoom - 1)).toBeLessThanOrEqual(zoom / 16 + 1e-9);
    }
  });

  it("stops growing beyond the floor zoom, so far-out labels shrink (and then hide)", () => {
    const atFloor = labelScale(KEEP_LABEL_SIZE_TO_ZOOM);
    expect(labelScale(0.2)).toBe(atFloor);
    expect(labelScale(0.2) * 0.2).toBeLessThan(0.5);
  });

  it("moves in steps of 1/8, so small zoom changes restyle nothing", () => {
    expect(labelScale(0.801)).toBe(labelScale(0.8));
    expect((labelScale(0.63) * 8) % 1).toBe(0);
  });

  it("treats a non-number zoom as no scaling", () => {
    expect(labelScale(Number.NaN)).toBe(1);
  });
});

describe("nodeFontSize", () => {
  it("grows from 12 for leaves to 18 for entities with 25 or more relations", () => {
    expect(nodeFontSize(0)).toBe(12);
    expect(nodeFontSize(1)).toBe(12);
    expect(nodeFontSize(13)).toBe(15);
    expect(nodeFontSize(25)).toBe(18);
    expect(nodeFontSize(400)).toBe(18);
    expect(nodeFontSize(undefined)).toBe(12);
  });
});

describe("labelsInView", () => {
  const view = { x1: 0, y1: 0, x2: 100, y2: 100 };
  const node = (id: string, x: number, y: number, degree = 0) => ({ id, x, y, degree });

  it("zoomed out, names the hubs that fit, enlarged to the readable size, and not the leaves under them", () => {
    const nodes = [node("a", 10, 10, 0), node("b", 50, 50, 400)];
    const shown = labelsInView(nodes, view, 0.3);
    expect([...shown.keys()]).toEqual(["b"]);
    expect(nodeFontSize(400) * shown.get("b")! * 0.3).toBeGreaterThanOrEqual(10);
    expect(largeLabelScale(400, 1)).toBe(1);
  });

  it("labels the nodes in view once a leaf's label reaches the readable size", () => {
    const nodes = [
      node("in", 10, 10),
      node("edge", 100, 0),
      node("out", 101, 50),
      node("above", 50, -1),
    ];
    expect([...labelsInView(nodes, view, 1).keys()].sort()).toEqual(["edge", "in"]);
  });

  it("at an in-between zoom, a hub's name comes first at its own size; a leaf's would lie on the hub", () => {
    const nodes = [node("leaf", 10, 10, 1), node("hub", 20, 20, 25)];
    // 18 px at 0.6 is 10.8 px on screen, readable as it is; the leaf's 12 px would be 7.2 px, so
    // its name is enlarged by 1.5, and then lies on the hub.
    expect([...labelsInView(nodes, view, 0.6)]).toEqual([["hub", 1]]);
  });

  it("keeps to the cap, the best connected first", () => {
    const wide = { x1: 0, y1: 0, x2: 5000, y2: 5000 };
    const nodes = Array.from({ length: 10 }, (_, i) => node(`n${i}`, i * 400, i * 400, i));
    expect([...labelsInView(nodes, wide, 2, 3).keys()].sort()).toEqual(["n7", "n8", "n9"]);
  });

  it("leaves out a label that would overlap a label or a node as well connected", () => {
    const wide = { x1: 0, y1: 0, x2: 1000, y2: 1000 };
    const nodes = [
      { ...node("hub", 100, 100, 20), chars: 16 },
      { ...node("crowded", 110, 104, 3), chars: 16 }, // its label would sit on the hub's
      { ...node("below", 100, 200, 3), chars: 16 }, // the hub's label ends above it
      { ...node("far", 600, 600, 1), chars: 16 },
      { ...node("blocked", 600, 560, 1), chars: 16 }, // its label would lie on "far"
      { ...node("leaf", 100, 150, 0), chars: 16 }, // under the hub's label, which may cover a leaf
    ];
    expect([...labelsInView(nodes, wide, 1).keys()].sort()).toEqual(["below", "far", "hub"]);
    const hub = labelBox(nodes[0]!);
    expect(hub.y1).toBeGreaterThan(100); // drawn under the node, as the stylesheet places it
    expect(hub.x2 - hub.x1).toBeLessThanOrEqual(130);
  });

  it("labels nothing at a zoom that is not a number", () => {
    expect(labelsInView([node("a", 1, 1)], view, Number.NaN).size).toBe(0);
  });
});

describe("nodeDiameter", () => {
  it("is the size the stylesheet gives a node, so label placement matches what is drawn", () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet() });
    for (const degree of [0, 7, 15, 30, 400]) {
      const node = cy.add({ data: { id: `n${degree}`, label: "x", type: "Person", degree } });
      expect(node.width(), String(degree)).toBeCloseTo(nodeDiameter(degree), 5);
    }
    cy.destroy();
  });
});

describe("labelsInView on a small graph (one scale for all, no cap)", () => {
  const everywhere = { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity };
  const node = (id: string, x: number, y: number, degree: number, first = false) => ({
    id,
    x,
    y,
    degree,
    chars: 14,
    first,
  });

  it("leaves out the lesser of two names that would overlap, and keeps names that have room", () => {
    const nodes = [node("hub", 0, 0, 17), node("near", 30, 12, 5), node("apart", 400, 0, 2)];
    const shown = labelsInView(nodes, everywhere, 1, Infinity, () => 1);
    expect([...shown.keys()].sort()).toEqual(["apart", "hub"]);
  });

  it("puts a name above, right or left of its node when the place under it is taken", () => {
    const nodes = [node("hub", 0, 0, 17), node("near", 30, 12, 5)];
    const sides = new Map<string, LabelSide>();
    const shown = labelsInView(nodes, everywhere, 1, Infinity, () => 1, sides);
    expect([...shown.keys()].sort()).toEqual(["hub", "near"]);
    expect(sides.get("hub")).toBeUndefined(); // under its node, where the stylesheet puts it
    // Above, its name would touch the hub; to the right it has room.
    expect(sides.get("near")).toBe("right");
    const apart = (a: Extent, b: Extent) =>
      a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1;
    const hubNode = { x1: -22, y1: -22, x2: 22, y2: 22 };
    expect(apart(labelBox(nodes[1]!, 1, "right"), labelBox(nodes[0]!))).toBe(true);
    expect(apart(labelBox(nodes[1]!, 1, "right"), hubNode)).toBe(true);
    expect(apart(labelBox(nodes[1]!, 1, "top"), hubNode)).toBe(false);
    expect(labelBox(nodes[1]!, 1, "right").x1).toBeGreaterThan(30);
    expect(labelBox(nodes[1]!, 1, "left").x2).toBeLessThan(30);
  });

  it("keeps a name on screen: a node at the left edge is named to its right", () => {
    const nodes = [node("edge", 10, 100, 2)];
    const screen = { x1: 0, y1: 0, x2: 500, y2: 500 };
    const sides = new Map<string, LabelSide>();
    expect(labelsInView(nodes, everywhere, 1, Infinity, () => 1, sides, screen).has("edge")).toBe(
      true,
    );
    expect(sides.get("edge")).toBe("right");
    // With room under it, the name stays there.
    const inside = new Map<string, LabelSide>();
    labelsInView([node("mid", 250, 100, 2)], everywhere, 1, Infinity, () => 1, inside, screen);
    expect(inside.size).toBe(0);
  });

  it("names a focused or selected node first, even over a hub's name", () => {
    const nodes = [node("hub", 0, 0, 17), node("chosen", 30, 12, 5, true)];
    expect([...labelsInView(nodes, everywhere, 1, Infinity, () => 1).keys()]).toEqual(["chosen"]);
  });

  it("zoomed out, an enlarged name reaches the node below it sooner", () => {
    const nodes = [node("a", 0, 0, 2), node("b", 0, 60, 3)];
    expect(labelsInView(nodes, everywhere, 1, Infinity, () => 1).size).toBe(2);
    expect(labelsInView(nodes, everywhere, 0.5, Infinity, () => labelScale(0.5)).size).toBe(1);
  });
});
