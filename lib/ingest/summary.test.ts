import { describe, expect, it } from "vitest";
import { formatSummary } from "./summary";

describe("formatSummary", () => {
  it("names the failed documents", () => {
    const lines = formatSummary({
      documents: { created: 3, unchanged: 2, failed: 1 },
      added: { entities: 10, relations: 7, evidence: 9 },
      failures: [{ label: "data/bad.txt", message: "Date header must be YYYY-MM-DD" }],
      seconds: 1.25,
    });
    expect(lines).toEqual([
      "documents: 3 new, 2 unchanged, 1 failed (6 in 1.3 s)",
      "added: 10 entities, 7 relations, 9 evidence sentences",
      "failed documents:",
      "  data/bad.txt: Date header must be YYYY-MM-DD",
    ]);
  });
});
