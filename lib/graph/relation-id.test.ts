import { describe, expect, it } from "vitest";
import { relationId } from "@/lib/schema/ids";
import { parseRelationId } from "./relation-id";

describe("parseRelationId", () => {
  it("reads back what relationId() makes", () => {
    const id = relationId("met_with", "person:steve-witkoff", "person:kirill-dmitriev", true);
    expect(parseRelationId(id)).toEqual({
      type: "met_with",
      subject: "person:kirill-dmitriev",
      object: "person:steve-witkoff",
    });
  });

  it("refuses ids of unknown types or without two ends", () => {
    expect(parseRelationId("likes:person:a|person:b")).toBeNull();
    expect(parseRelationId("met_with:person:a")).toBeNull();
    expect(parseRelationId("met_with:|person:b")).toBeNull();
    expect(parseRelationId("nonsense")).toBeNull();
  });
});
