import { z } from "zod";
import { AppError, type Issue } from "@/lib/errors";
import { toAppError } from "@/lib/neo4j/db-errors";
import { config } from "@/lib/config";
import type { ClientLimit } from "./client-limit";
import { readJsonBody } from "./read-body";
import { checkHost, checkSameOrigin } from "./same-origin";
import { writeAccess } from "./write-access";

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

interface Schemas<Q extends z.ZodType, B extends z.ZodType, P extends z.ZodType> {
  query?: Q;
  body?: B;
  params?: P;
  /** Bodies larger than this get 413. */
  maxBodyBytes?: number;
  /** Writes: need LIAISON_ADMIN_TOKEN as a bearer token when it is configured (lib/http/write-access.ts). */
  admin?: boolean;
  /** Requests at once per client and in all (lib/http/client-limit.ts); beyond, 429. */
  limit?: ClientLimit;
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

function checkAdmin(request: Request): void {
  const access = writeAccess(config());
  if (access === "closed") {
    throw new AppError(
      "forbidden",
      "Writes are off: Liaison listens beyond this machine without an admin token. Set LIAISON_ADMIN_TOKEN (or LIAISON_OPEN_WRITES=1) to turn them on.",
    );
  }
  if (access !== "token") return;
  const header = request.headers.get("authorization") ?? "";
  if (header !== `Bearer ${config().LIAISON_ADMIN_TOKEN}`) {
    throw new AppError(
      "unauthorized",
      "This action needs the admin token (Authorization: Bearer …).",
    );
  }
}

/**
 * Path values as the routes get them, refused with 400 when they are not valid percent-encoding
 * ("%E0%A4%A"): routes decode ids themselves, and decodeURIComponent would throw a 500 there.
 */
function checkedParams(
  params: Record<string, string | string[]>,
): Record<string, string | string[]> {
  for (const value of Object.values(params).flat()) {
    try {
      decodeURIComponent(value);
    } catch {
      throw new AppError("bad_request", "The path is not valid percent-encoding.");
    }
  }
  return params;
}

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") {
    console.error(`[liaison] internal: ${appError.message}`, appError.cause ?? "");
  } else if (appError.code === "unavailable") {
    // An expected condition (Neo4j stopped or restarting): one line, not the driver's whole error.
    const cause =
      appError.cause instanceof Error ? ` (${appError.cause.message.split("\n")[0]})` : "";
    console.error(`[liaison] unavailable: ${appError.message}${cause}`);
  }
  const headers = appError.retryAfter ? { "retry-after": String(appError.retryAfter) } : undefined;
  return Response.json(appError.toJSON(), { status: appError.status, headers });
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
  schemas: Schemas<NonNullable<Q>, NonNullable<B>, NonNullable<P>> & {
    query?: Q;
    body?: B;
    params?: P;
  },
  handler: (input: Input<Infer<Q>, Infer<B>, Infer<P>>) => unknown,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async (request, context) => {
    let release: (() => void) | undefined;
    try {
      checkHost(request, config());
      checkSameOrigin(request, config());
      if (schemas.admin) checkAdmin(request);
      const params = schemas.params
        ? parseWith(schemas.params, checkedParams(await context.params), "path")
        : undefined;
      const query = schemas.query
        ? parseWith(schemas.query, queryObject(new URL(request.url)), "query parameters")
        : undefined;
      release = schemas.limit?.acquire(request);
      const body = schemas.body
        ? parseWith(
            schemas.body,
            await readJsonBody(request, schemas.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
            "request body",
          )
        : undefined;
      const result = await handler({ query, body, params, request } as Input<
        Infer<Q>,
        Infer<B>,
        Infer<P>
      >);
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    } finally {
      release?.();
    }
  };
}
