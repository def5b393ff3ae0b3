import { describe, expect, it } from "vitest";
import { backToGraphHref, documentHref } from "./back-link";

describe("back to the graph", () => {
  it("returns to the explorer view it came from", () => {
    expect(backToGraphHref("?focus=person:a&selected=met_with:person:a|person:b")).toBe(
      "/?focus=person:a&selected=met_with:person:a|person:b",
    );
  });

  it("takes nothing but a query string", () => {
    for (const bad of [undefined, "", "//evil.example", "https://evil.example", "?a\\b", "? x"])
      expect(backToGraphHref(bad)).toBe("/");
  });

  it("writes a document link with the view and the sentence", () => {
    expect(documentHref("doc:1", { back: "?focus=person:a", evidenceStart: 12 })).toBe(
      "/documents/doc%3A1?back=%3Ffocus%3Dperson%3Aa#evidence-12",
    );
    expect(documentHref("doc:1")).toBe("/documents/doc%3A1");
  });
});
