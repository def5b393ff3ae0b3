import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleSnapshot } from "../sample.test-support";
import { toGraphml } from "./graphml";
import { childElements, readXml, textOf, type XmlElement } from "./xml-reader.test-support";

/** Reads GraphML back the way Gephi, yEd and networkx do: attributes only through declared keys. */
function readGraphml(xml: string) {
  const root = readXml(xml);
  const keys = new Map(childElements(root, "key").map((k) => [k.attrs.id!, k.attrs]));
  const graph = childElements(root, "graph")[0]!;
  const values = (el: XmlElement) =>
    Object.fromEntries(
      childElements(el, "data").map((d) => {
        const key = keys.get(d.attrs.key!);
        if (!key) throw new Error(`undeclared key ${d.attrs.key}`);
        if (key.for !== el.name)
          throw new Error(`key ${d.attrs.key} is declared for ${key.for}, used on ${el.name}`);
        return [key["attr.name"], key["attr.type"] === "string" ? textOf(d) : Number(textOf(d))];
      }),
    );
  return {
    root,
    keys,
    graph,
    nodes: childElements(graph, "node").map((n) => ({ id: n.attrs.id, ...values(n) })),
    edges: childElements(graph, "edge").map((e) => ({
      id: e.attrs.id,
      source: e.attrs.source,
      target: e.attrs.target,
      ...values(e),
    })),
  };
}

describe("toGraphml", () => {
  it("declares typed keys and writes nodes and edges with type, evidence count and sources", () => {
    const parsed = readGraphml(toGraphml(sampleSnapshot()));
    expect(parsed.root.attrs.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
    expect(parsed.graph.attrs.edgedefault).toBe("directed");
    expect(parsed.keys.get("evidenceCount")).toMatchObject({ for: "edge", "attr.type": "int" });
    expect(parsed.keys.get("etype")).toMatchObject({
      for: "edge",
      "attr.name": "type",
      "attr.type": "string",
    });
    expect(parsed.keys.get("sources")).toMatchObject({ for: "edge", "attr.type": "string" });
    expect(parsed.nodes[0]).toEqual({
      id: "person:ana-ortiz",
      label: '<img src=x onerror=alert(1)>Ana, "Ortiz"',
      type: "Person",
      degree: 4,
      aliases: "A. Ortiz",
      x: 0,
      y: 0,
      color: "#2563eb",
    });
    expect(parsed.edges[0]).toEqual({
      id: "met_with:person:ana-ortiz|person:bo-li",
      source: "person:ana-ortiz",
      target: "person:bo-li",
      type: "met_with",
      label: "met with",
      evidenceCount: 2,
      sources: "Talks in <Riyadh> (Reuters); doc:2",
      color: "#dc2626",
    });
    expect(parsed.edges).toHaveLength(2);
  });

  it("stays well-formed and gives back any label exactly (control characters dropped)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (label) => {
        const snapshot = sampleSnapshot();
        snapshot.nodes[1]!.label = label;
        const parsed = readGraphml(toGraphml(snapshot));
        const expected = label.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
        // XML normalises line ends to \n; the writer keeps \r as is, so compare without it.
        expect(String(parsed.nodes[1]!.label).replaceAll("\r", "")).toBe(
          expected.replaceAll("\r", ""),
        );
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
