import type { Config } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { hostAllowed, hostPolicy, type HostPolicy } from "./allowed-hosts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

let cachedPolicy: { config: Config; policy: HostPolicy } | undefined;

function policyOf(config: Config): HostPolicy {
  if (cachedPolicy?.config !== config) cachedPolicy = { config, policy: hostPolicy(config) };
  return cachedPolicy.policy;
}

/** The Host header; a Request built in code (tests, server-side calls) has none and names its URL's. */
function requestHost(request: Request): string | null {
  return (
    request.headers.get("host") ?? (URL.canParse(request.url) ? new URL(request.url).host : null)
  );
}

/** Refuses a Host this server does not own: a page that rebound its own name to this address. */
export function checkHost(request: Request, config: Config): void {
  const host = requestHost(request);
  if (!hostAllowed(policyOf(config), host)) {
    throw new AppError(
      "forbidden",
      `This server does not answer to the host name "${(host ?? "").slice(0, 100)}". Add it to LIAISON_ALLOWED_HOSTS if it is yours.`,
    );
  }
}

/** The origins a browser may send state-changing requests from: the server's own, and the public URL's. */
function originAllowed(origin: string, request: Request, config: Config): boolean {
  if (config.LIAISON_PUBLIC_URL && origin === new URL(config.LIAISON_PUBLIC_URL).origin)
    return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and anything else that is no origin
  }
  const host = requestHost(request)?.toLowerCase();
  return parsed.host === host && hostAllowed(policyOf(config), parsed.host);
}

/**
 * A request that changes something (or runs a console query) must come from this app's own pages
 * or from a program, never from another site's page: its Origin, when a browser sent one, is this
 * server's; without Origin, Sec-Fetch-Site must not say another site; and a body must be JSON,
 * which a cross-site form or a "simple" fetch cannot send without the browser asking first.
 */
export function checkSameOrigin(request: Request, config: Config): void {
  const method = request.method.toUpperCase();
  if (SAFE_METHODS.has(method)) return;
  const origin = request.headers.get("origin");
  const fetchSite = request.headers.get("sec-fetch-site");
  const fromElsewhere =
    origin !== null
      ? !originAllowed(origin, request, config)
      : fetchSite === "cross-site" || fetchSite === "same-site";
  if (fromElsewhere) {
    throw new AppError(
      "forbidden",
      "Requests that change data or run queries are accepted only from Liaison's own pages.",
    );
  }
  if (METHODS_WITH_BODY.has(method)) {
    const type = request.headers.get("content-type") ?? "";
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      throw new AppError(
        "unsupported_media_type",
        "Send the request body as JSON, with Content-Type: application/json.",
      );
    }
  }
}
