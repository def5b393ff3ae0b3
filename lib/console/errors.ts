import { Neo4jError } from "neo4j-driver";
import { AppError, type ErrorCode } from "@/lib/errors";
import { isDatabaseUnavailable, toAppError } from "@/lib/neo4j/db-errors";
import { REFUSAL_MESSAGES, type Refusal, type RefusalReason } from "./gate";

/** Where in the user's query an error is, 1-based line and column, 0-based character offset. */
export interface CypherPosition {
  offset: number;
  line: number;
  column: number;
}

export type ConsoleErrorReason =
  RefusalReason | "cypher" | "timeout" | "cancelled" | "memory" | "busy" | "too_large";

/**
 * An error of a console query. Adds to `{error: {code, message}}` the reason (refused, timeout…),
 * Neo4j's own error code for the user's Cypher errors, and the position of a syntax error so the
 * editor can mark it.
 */
export class ConsoleError extends AppError {
  override name = "ConsoleError";

  constructor(
    code: ErrorCode,
    message: string,
    readonly reason: ConsoleErrorReason,
    readonly extra: { position?: CypherPosition; neo4jCode?: string; cause?: unknown } = {},
  ) {
    super(code, message, { cause: extra.cause });
  }

  override toJSON() {
    const { error } = super.toJSON();
    const { position, neo4jCode } = this.extra;
    return {
      error: {
        ...error,
        reason: this.reason,
        ...(neo4jCode && { neo4jCode }),
        ...(position && { position }),
      },
    };
  }
}

export function refusedError(refusal: Refusal): ConsoleError {
  return new ConsoleError("unprocessable", refusal.message, refusal.reason);
}

export function timeoutError(timeoutMs: number): ConsoleError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new ConsoleError(
    "timeout",
    `The query ran longer than the console's limit of ${seconds} s and was stopped. Add a LIMIT or narrow the MATCH, then run it again.`,
    "timeout",
  );
}

export function answerTooLargeError(maxBytes: number): ConsoleError {
  const mb = Math.round((maxBytes / 1024 / 1024) * 100) / 100;
  return new ConsoleError(
    "too_large",
    `The answer is larger than ${mb} MB, so the console stopped reading it and ended the query. Return fewer or smaller values: a LIMIT, or size(…) rather than a whole list.`,
    "too_large",
  );
}

export function busyError(maxRunning: number): ConsoleError {
  return new ConsoleError(
    "unavailable",
    `The console is busy: ${maxRunning} queries are running already. Try again in a few seconds.`,
    "busy",
  );
}

export function cancelledError(): ConsoleError {
  return new ConsoleError(
    "bad_request",
    "The query was cancelled: a newer query from the same page replaced it.",
    "cancelled",
  );
}

/** 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): CypherPosition {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { offset, line, column };
}

// "(line 1, column 18 (offset: 17))" as Neo4j writes positions into its messages.
const POSITION = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/;

/**
 * Neo4j's message for an error in `EXPLAIN <query>`, with the position moved back into the user's
 * own text (the prefix shifted it) and the echoed line and caret redrawn from that text. The
 * message itself stays Neo4j's, word for word.
 */
export function locateError(
  message: string,
  query: string,
  prefixLength: number,
): { message: string; position?: CypherPosition } {
  const [firstLine = message] = message.split("\n");
  const match = POSITION.exec(firstLine);
  if (!match) return { message };
  const offset = Number(match[3]) - prefixLength;
  if (offset < 0 || offset > query.length)
    return { message: firstLine.replace(POSITION, "").trimEnd() };
  const position = positionAt(query, offset);
  const lineText = query.split("\n")[position.line - 1] ?? "";
  const located = firstLine.replace(
    POSITION,
    `(line ${position.line}, column ${position.column} (offset: ${offset}))`,
  );
  return { message: `${located}\n"${lineText}"\n${" ".repeat(position.column)}^`, position };
}

// A qualified Java class name ("java.lang.OutOfMemoryError", "org.neo4j.values.storable.StringValue"):
// two or more lower-case package segments, then a capitalised name; each part a plain word, so
// matching is linear. An optional ": " after it goes too.
const JAVA_NAME = /\b(?:[a-z][a-z0-9_]*\.){2,}[A-Z][A-Za-z0-9_$]*(?::\s*)?/g;
// Stack frames and "Caused by" lines a message may carry after its first line.
const JAVA_TRAILER = /\n\s*(?:at |Caused by:|\.\.\. \d+ more)[\s\S]*$/;

/** A database message without Java class names or stack frames, for the console's user. */
export function withoutJavaNames(message: string): string {
  const plain = message
    .replace(JAVA_TRAILER, "")
    .replace(JAVA_NAME, "")
    .replace(/ {2,}/g, " ")
    .trim();
  return plain || "The query failed inside the database.";
}

const TIMEOUT_CODES = /TransactionTimedOut/;
const MEMORY_CODES = /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|MemoryLimitExceeded/;

/**
 * Maps a driver error from a console query to what the user sees. Their own Cypher errors go back
 * verbatim (400, with the position when Neo4j gives one); database trouble goes the app's usual way.
 */
export function toConsoleError(
  error: unknown,
  query: string,
  prefixLength: number,
  timeoutMs: number,
): AppError {
  if (error instanceof AppError || !(error instanceof Neo4jError)) return toAppError(error);
  const mapped = mapNeo4jError(error, query, prefixLength, timeoutMs);
  if (mapped instanceof ConsoleError) mapped.message = withoutJavaNames(mapped.message);
  return mapped;
}

function mapNeo4jError(
  error: Neo4jError,
  query: string,
  prefixLength: number,
  timeoutMs: number,
): AppError {
  const code = error.code;
  if (TIMEOUT_CODES.test(code)) return timeoutError(timeoutMs);
  if (MEMORY_CODES.test(code)) {
    return new ConsoleError(
      "unprocessable",
      `The query needed more memory than the console allows. Add a LIMIT or aggregate less. (${error.message})`,
      "memory",
      { neo4jCode: code },
    );
  }
  if (code === "Neo.ClientError.Security.Forbidden")
    return refusedError({ reason: "write", message: REFUSAL_MESSAGES.write });
  if (isDatabaseUnavailable(error)) return toAppError(error);
  if (/Expected exactly one statement/.test(error.message))
    return refusedError({ reason: "statements", message: REFUSAL_MESSAGES.statements });
  if (code.endsWith("UnsupportedAdministrationCommand"))
    return refusedError({ reason: "command", message: REFUSAL_MESSAGES.command });
  if (/conflicting values for execution mode/.test(error.message))
    return refusedError({ reason: "explain", message: REFUSAL_MESSAGES.explain });
  if (/OutOfMemory|ThreadDeath/.test(code + error.message)) {
    return new ConsoleError(
      "unprocessable",
      "The query needed more memory than the database can give it and was stopped. Add a LIMIT or build smaller values.",
      "memory",
      { neo4jCode: code },
    );
  }
  if (code.startsWith("Neo.ClientError.")) {
    const located = locateError(error.message, query, prefixLength);
    return new ConsoleError("bad_request", located.message, "cypher", {
      neo4jCode: code,
      position: located.position,
      cause: error,
    });
  }
  return toAppError(error);
}
