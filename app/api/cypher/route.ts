import { consoleRequest, runConsoleQuery } from "@/lib/console/run";
import { LIMITS } from "@/lib/http/client-limit";
import { route } from "@/lib/http/route";

// User-typed Cypher, read-only: gate, limits and error mapping live in lib/console.
// request.signal aborts when the client goes away (or its tab sends a newer query): the query stops.
export const POST = route(
  { body: consoleRequest, maxBodyBytes: 256 * 1024, limit: LIMITS.cypher },
  ({ body, request }) => runConsoleQuery(body, { signal: request.signal }),
);
