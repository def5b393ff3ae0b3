import { describe, expect, it } from "vitest";
import { RELATIONS } from "@/lib/schema/relations";
import { schemaStatements } from "./schema";

describe("schema statements", () => {
  const statements = schemaStatements();

  it("are all idempotent", () => {
    for (const statement of statements) expect(statement).toMatch(/IF NOT EXISTS/);
  });

  it("make every relation type of the registry unique by id", () => {
    for (const spec of RELATIONS) {
      expect(
        statements.some(
          (s) => s.includes(`[r:${spec.neo4jType}]`) && s.includes("REQUIRE r.id IS UNIQUE"),
        ),
      ).toBe(true);
    }
  });

  it("constrain every node id of the graph model", () => {
    for (const label of ["Entity", "Document", "Evidence", "Snapshot"]) {
      expect(statements.some((s) => s.includes(`:${label})`) && s.includes("IS UNIQUE"))).toBe(
        true,
      );
    }
  });
});
