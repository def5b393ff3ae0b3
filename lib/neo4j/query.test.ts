import { describe, expect, it } from "vitest";
import { defaultReadConcurrency, defineQuery, Gate, withoutCommentLines } from "./query";
import { z } from "zod";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("Gate", () => {
  it("runs at most `limit` pieces of work at once, the others in the order they came", async () => {
    const gate = new Gate(3);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        gate.run(async () => {
          started.push(i);
          most = Math.max(most, ++running);
          await tick();
          running--;
          return i * 2;
        }),
      ),
    );
    expect(most).toBe(3);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  it("frees the slot of work that fails and passes the error on", async () => {
    const gate = new Gate(1);
    const failing = gate.run(async () => {
      await tick();
      throw new Error("database down");
    });
    const next = gate.run(async () => "ran");
    await expect(failing).rejects.toThrow("database down");
    await expect(next).resolves.toBe("ran");
    await expect(gate.run(async () => "and again")).resolves.toBe("and again");
  });

  it("defaults to two reads per core plus two", () => {
    expect(defaultReadConcurrency()).toBeGreaterThanOrEqual(4);
    expect(defaultReadConcurrency() % 2).toBe(0);
  });
});

describe("query text", () => {
  it("leaves whole-line comments out of what is sent, and keeps everything else", () => {
    const text = "// what it does\nMATCH (n {url: 'http://x'})\n  // why\nRETURN n // the node";
    expect(withoutCommentLines(text)).toBe("MATCH (n {url: 'http://x'})\nRETURN n // the node");
    const query = defineQuery({
      file: "graph/neighborhood.cypher",
      mode: "READ",
      params: z.object({}),
      row: z.object({}),
    });
    expect(query.text).toMatch(/^MATCH \(c:Entity \{id: \$id\}\)/);
    expect(query.text).not.toMatch(/^\s*\/\//m);
  });
});
