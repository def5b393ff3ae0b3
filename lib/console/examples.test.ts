import { describe, expect, it } from "vitest";
import { loadExamples, parseExample } from "./examples";

describe("examples", () => {
  it("has the four examples the menu promises, each with a title and a query", () => {
    const examples = loadExamples();
    expect(examples.map((e) => e.title)).toEqual([
      expect.stringMatching(/Who met Kirill Dmitriev/),
      expect.stringMatching(/Who is sanctioned, and by whom/),
      expect.stringMatching(/Envoys and whom they represent/),
      expect.stringMatching(/Two-hop paths between two people/),
    ]);
    for (const example of examples) expect(example.query).toMatch(/RETURN/);
  });

  it("moves the Params line into the parameters", () => {
    const example = parseExample(
      "x",
      '// Find one\n// Params: {"name": "Dmitriev", "n": 2}\nMATCH (e) RETURN e',
    );
    expect(example).toEqual({
      id: "x",
      title: "Find one",
      query: "// Find one\nMATCH (e) RETURN e",
      params: { name: "Dmitriev", n: 2 },
    });
  });

  it("refuses an example without a title comment", () => {
    expect(() => parseExample("x", "MATCH (e) RETURN e")).toThrow(/title/);
  });
});
