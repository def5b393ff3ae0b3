import fc from "fast-check";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { ConsoleError, locateError, positionAt, toConsoleError } from "./errors";

const neo4jError = (code: string, message: string) =>
  new Neo4jError(message, code, "50N42", "error: syntax error");

describe("positionAt", () => {
  it("counts lines and columns from 1", () => {
    expect(positionAt("MATCH (n)\nRETURN x", 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionAt("MATCH (n)\nRETURN x", 17)).toEqual({ offset: 17, line: 2, column: 8 });
  });

  it("agrees with the text for any offset (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (text, n) => {
        const offset = text.length ? n % (text.length + 1) : 0;
        const { line, column } = positionAt(text, offset);
        const lines = text.split("\n");
        const before = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
        return before + column - 1 === offset;
      }),
    );
  });
});

describe("locateError", () => {
  const message =
    "Invalid input 'RETURN': expected ')' (line 2, column 16 (offset: 25))\n\"EXPLAIN MATCH (n)\"\n^";

  it("moves Neo4j's position back by the EXPLAIN prefix and redraws the caret under the user's line", () => {
    const located = locateError(
      "Invalid input 'RETURN': expected ')' (line 1, column 18 (offset: 17))\n\"EXPLAIN MATCH (n RETURN n\"\n                  ^",
      "MATCH (n RETURN n",
      8,
    );
    expect(located.position).toEqual({ offset: 9, line: 1, column: 10 });
    expect(located.message).toBe(
      "Invalid input 'RETURN': expected ')' (line 1, column 10 (offset: 9))\n\"MATCH (n RETURN n\"\n          ^",
    );
  });

  it("finds the line in a query of several lines", () => {
    const located = locateError(message, "MATCH (n)\nWHERE n.x = = 1", 8);
    expect(located.position).toEqual({ offset: 17, line: 2, column: 8 });
  });

  it("keeps a message without a position as it is", () => {
    expect(locateError("Unknown procedure", "CALL x()", 8)).toEqual({
      message: "Unknown procedure",
    });
  });

  it("never throws and never points outside the query (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), fc.nat(), (query, text, line, offset) => {
        const located = locateError(
          `${text} (line ${line}, column 1 (offset: ${offset}))`,
          query,
          8,
        );
        return (
          !located.position ||
          (located.position.offset >= 0 && located.position.offset <= query.length)
        );
      }),
    );
  });
});

describe("toConsoleError", () => {
  it("returns the user's own Cypher error verbatim with Neo4j's code and the position", () => {
    const error = toConsoleError(
      neo4jError(
        "Neo.ClientError.Statement.SyntaxError",
        "Invalid input 'x' (line 1, column 9 (offset: 8))\n\"EXPLAIN x\"\n         ^",
      ),
      "x",
      8,
      10_000,
    );
    expect(error).toBeInstanceOf(ConsoleError);
    expect(error.status).toBe(400);
    expect(error.toJSON().error).toMatchObject({
      code: "bad_request",
      reason: "cypher",
      neo4jCode: "Neo.ClientError.Statement.SyntaxError",
      position: { line: 1, column: 1 },
    });
    expect(error.message).toMatch(/^Invalid input 'x'/);
  });

  it("says several statements and EXPLAIN/PROFILE are refused (422), in plain words", () => {
    const several = toConsoleError(
      neo4jError(
        "Neo.ClientError.Statement.SyntaxError",
        "Expected exactly one statement per query but got: 2",
      ),
      "RETURN 1; RETURN 2",
      8,
      10_000,
    );
    expect(several.status).toBe(422);
    expect(several.message).toMatch(/one statement at a time/);
    const admin = toConsoleError(
      neo4jError(
        "Neo.ClientError.Statement.UnsupportedAdministrationCommand",
        "Unsupported administration command: STOP DATABASE neo4j",
      ),
      "STOP DATABASE neo4j",
      8,
      10_000,
    );
    expect(admin.status).toBe(422);
    const profile = toConsoleError(
      neo4jError(
        "Neo.ClientError.Statement.ArgumentError",
        "Can't specify multiple conflicting values for execution mode",
      ),
      "PROFILE RETURN 1",
      8,
      10_000,
    );
    expect(profile.status).toBe(422);
  });

  it("maps timeouts to 504 and the memory cap to 422, with plain words", () => {
    const timeout = toConsoleError(
      neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"),
      "q",
      0,
      10_000,
    );
    expect(timeout.status).toBe(504);
    expect(timeout.message).toMatch(/limit of 10 s and was stopped/);
    const memory = toConsoleError(
      neo4jError("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "pool full"),
      "q",
      0,
      10_000,
    );
    expect(memory.status).toBe(422);
    expect(memory.message).toMatch(/more memory/);
  });

  it("treats a write the database forbade as a refusal, not as bad credentials", () => {
    const error = toConsoleError(
      neo4jError("Neo.ClientError.Security.Forbidden", "Writing in read access mode not allowed."),
      "q",
      0,
      10_000,
    );
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/only reads/);
  });

  it("leaves database trouble to the app's usual mapping", () => {
    expect(toConsoleError(neo4jError("ServiceUnavailable", "down"), "q", 0, 10_000).status).toBe(
      503,
    );
    expect(toConsoleError(new Error("boom"), "q", 0, 10_000).status).toBe(500);
  });
});
