import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleSnapshot } from "../sample.test-support";
import { csvField, edgesCsv, nodesCsv } from "./csv";

/** RFC 4180 reader for the test: quoted fields with doubled quotes, CRLF records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(field), (field = ""));
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("CSV export", () => {
  it("writes a header and one quoted-as-needed row per node and edge", () => {
    const nodes = readCsv(nodesCsv(sampleSnapshot()));
    expect(nodes[0]).toEqual(["id", "label", "type", "degree", "aliases", "x", "y"]);
    expect(nodes[1]).toEqual([
      "person:ana-ortiz",
      '<img src=x onerror=alert(1)>Ana, "Ortiz"',
      "Person",
      "4",
      "A. Ortiz",
      "0",
      "0",
    ]);
    expect(nodes[3]![1]).toBe("'=Chile"); // a formula in a spreadsheet otherwise
    const edges = readCsv(edgesCsv(sampleSnapshot()));
    expect(edges[0]).toEqual([
      "id",
      "source",
      "target",
      "type",
      "label",
      "evidenceCount",
      "sources",
      "role",
    ]);
    expect(edges[1]).toEqual([
      "met_with:person:ana-ortiz|person:bo-li",
      "person:ana-ortiz",
      "person:bo-li",
      "met_with",
      "met with",
      "2",
      "Talks in <Riyadh> (Reuters); doc:2",
      "",
    ]);
    expect(edges).toHaveLength(3);
  });

  it("labels a leads line with its role and writes the role in its own column", () => {
    const snapshot = sampleSnapshot();
    snapshot.edges[0] = { ...snapshot.edges[0]!, type: "leads", role: "secretary of state" };
    const [, row] = readCsv(edgesCsv(snapshot));
    expect(row![4]).toBe("Secretary of State");
    expect(row![7]).toBe("secretary of state");
  });

  it("reads back any text field as written", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme" }), { minLength: 1, maxLength: 5 }),
        (fields) => {
          const line = fields.map(csvField).join(",") + "\r\n";
          const expected = fields.map((f) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f));
          expect(readCsv(line)).toEqual([expected]);
        },
      ),
    );
  });
});
