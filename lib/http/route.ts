import { z } from "zod";
import { AppError, type Issue } from "@/lib/errors";
import { toAppError } from "@/lib/neo4j/db-errors";
import { config } from "@/lib/config";

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

interface Schemas<Q extends z.ZodType, B extends z.ZodType, P extends z.ZodType> {
  query?: Q;
  body?: B;
  params?: P;
  /** Bodies larger than this get 413. */
  maxBodyBytes?: number;
  /** Writes: need LIAISON_ADMIN_TOKEN as a bearer token when it is configured. */
  admin?: boolean;
}

interface Input<Q, B, P> {
  query: Q;
  body: B;
  params: P;
  request: Request;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;
type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError("bad_request", `Invalid ${what}.`, { issues: zodIssues(result.error) });
}

function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

async function readBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
  if (bytes.byteLength === 0) throw new AppError("bad_request", "The request body is empty.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not UTF-8 text.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
}

function checkAdmin(request: Request): void {
  const token = config().LIAISON_ADMIN_TOKEN;
  if (!token) return;
  const header = request.headers.get("authorization") ?? "";
  if (header !== `Bearer ${token}`) {
    throw new AppError("unauthorized", "This action needs the admin token (Authorization: Bearer …).");
  }
}

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") {
    console.error(`[liaison] internal: ${appError.message}`, appError.cause ?? "");
  } else if (appError.code === "unavailable") {
    // An expected condition (Neo4j stopped or restarting): one line, not the driver's whole error.
    const cause = appError.cause instanceof Error ? ` (${appError.cause.message.split("\n")[0]})` : "";
    console.error(`[liaison] unavailable: ${appError.message}${cause}`);
  }
  return Response.json(appError.toJSON(), { status: appError.status });
}

/**
 * The one wrapper every route handler uses: parses params, query and body with the schemas
 * given, runs the handler, answers JSON, and maps every error to `{error: {code, message}}`.
 * A handler may return a Response of its own (files, redirects).
 */
export function route<
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(
  schemas: Schemas<NonNullable<Q>, NonNullable<B>, NonNullable<P>> & { query?: Q; body?: B; params?: P },
  handler: (input: Input<Infer<Q>, Infer<B>, Infer<P>>) => unknown,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      if (schemas.admin) checkAdmin(request);
      const params = schemas.params ? parseWith(schemas.params, await context.params, "path") : undefined;
      const query = schemas.query ? parseWith(schemas.query, queryObject(new URL(request.url)), "query parameters") : undefined;
      const body = schemas.body
        ? parseWith(schemas.body, await readBody(request, schemas.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES), "request body")
        : undefined;
      const result = await handler({ query, body, params, request } as Input<Infer<Q>, Infer<B>, Infer<P>>);
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
