import { Neo4jError } from "neo4j-driver";
import { AppError, DATABASE_DOWN_MESSAGE } from "@/lib/errors";

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

/** Neo4j error codes that mean the database (not the query) is at fault or unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE_CODES.has(error.code) ||
    error.code.startsWith("Neo.ClientError.Security.") ||
    error.code === "Neo.TransientError.General.DatabaseUnavailable" ||
    error.code === "Neo.ClientError.Database.DatabaseNotFound"
  );
}

/** Maps a driver error to the AppError a route answers with; AppErrors pass through. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    const code = (error as Neo4jError).code;
    const detail = code.startsWith("Neo.ClientError.Security.")
      ? " Neo4j refused the configured credentials (NEO4J_USER / NEO4J_PASSWORD)."
      : code === "Neo.ClientError.Database.DatabaseNotFound"
        ? " The configured NEO4J_DATABASE does not exist."
        : "";
    return new AppError("unavailable", DATABASE_DOWN_MESSAGE + detail, { cause: error });
  }
  if (error instanceof Neo4jError && error.code.includes("TransactionTimedOut")) {
    return new AppError("timeout", "The query took too long and was stopped.", { cause: error });
  }
  return new AppError("internal", "Something went wrong on the server.", { cause: error });
}
