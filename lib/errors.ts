/** Every error a route can answer with. Codes map to HTTP statuses in one place (STATUS). */
export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "gone"
  | "conflict"
  | "too_large"
  | "unsupported_media_type"
  | "too_many_requests"
  | "unprocessable"
  | "unavailable"
  | "timeout"
  | "internal";

export const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  gone: 410,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  unprocessable: 422,
  unavailable: 503,
  timeout: 504,
  internal: 500,
};

export interface Issue {
  path: string;
  message: string;
}

export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  readonly issues?: Issue[];
  /** Seconds a client should wait before trying again (sent as Retry-After). */
  readonly retryAfter?: number;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; issues?: Issue[]; retryAfter?: number },
  ) {
    super(message, { cause: options?.cause });
    this.code = code;
    this.issues = options?.issues;
    this.retryAfter = options?.retryAfter;
  }

  get status(): number {
    return STATUS[this.code];
  }

  toJSON(): { error: { code: ErrorCode; message: string; issues?: Issue[] } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.issues && { issues: this.issues }),
      },
    };
  }
}

export const DATABASE_DOWN_MESSAGE =
  "The graph database is not reachable right now. Check that Neo4j is running (npm run up starts it) and try again.";
