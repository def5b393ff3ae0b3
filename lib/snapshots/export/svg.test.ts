import { describe, expect, it } from "vitest";
import { sampleSnapshot } from "../sample.test-support";
import { sceneFromSnapshot, sceneToSvg } from "./svg";
import { childElements, readXml, textOf } from "./xml-reader.test-support";

describe("sceneToSvg", () => {
  it("writes a well-formed SVG with one shape and label per node and one path per edge", () => {
    const svg = sceneToSvg(sceneFromSnapshot(sampleSnapshot()));
    const root = readXml(svg);
    expect(root.name).toBe("svg");
    expect(root.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(textOf(childElements(root, "title")[0]!)).toBe('Envoys <b>&</b> "talks"');
    const groups = childElements(root, "g");
    const nodeGroups = childElements(
      groups.find((g) => g.attrs.class === "nodes")!,
      "g",
    );
    expect(nodeGroups.map((g) => childElements(g)[0]!.name)).toEqual([
      "ellipse",
      "ellipse",
      "polygon",
    ]);
    expect(nodeGroups.map((g) => textOf(childElements(g, "text")[0]!))).toEqual([
      '<img src=x onerror=alert(1)>Ana, "Ortiz"',
      "Bo Li",
      "=Chile",
    ]);
    const edgeGroups = childElements(
      groups.find((g) => g.attrs.class === "edges")!,
      "g",
    );
    expect(edgeGroups.map((g) => childElements(g, "path")[0]!.attrs.stroke)).toEqual([
      "#dc2626",
      "#2563eb",
    ]);
  });

  it("draws curves through control points and arrow heads on directed edges", () => {
    const svg = sceneToSvg({
      title: "t",
      nodes: [],
      edges: [
        {
          points: [
            { x: 0, y: 0 },
            { x: 50, y: 40 },
            { x: 100, y: 0 },
          ],
          color: "#111827",
          width: 2,
          arrow: true,
        },
      ],
    });
    const root = readXml(svg);
    const edge = childElements(childElements(root, "g")[0]!, "g")[0]!;
    expect(childElements(edge, "path")[0]!.attrs.d).toBe("M0,0 Q50,40 100,0");
    expect(childElements(edge, "polygon")).toHaveLength(1);
  });
});
