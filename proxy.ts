import { NextResponse, type NextRequest } from "next/server";
import { config as appConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route";
import { checkHost } from "@/lib/http/same-origin";
import { snapshotGoneResponse } from "@/lib/snapshots/gone-page";
import { checkHealth } from "@/lib/system/health";

async function healthResponse(): Promise<Response> {
  try {
    return Response.json(await checkHealth());
  } catch (error) {
    return errorResponse(error);
  }
}

// Pages, and API paths with a percent sign: /api routes check Host themselves (lib/http/route.ts),
// and running the proxy for every one would make Next.js copy each request body for it; but a path
// with malformed percent-encoding fails inside Next.js (a plain-text 500) before any route runs.
// Static build files hold nothing to protect.
// /api/health is answered here, from its cache, before Next.js routes the request to a route
// handler: health is what monitors and every open page poll, and it must stay quick when the app is
// busy (scripts/bench-health.ts).
export const config = {
  matcher: [
    "/((?!api/|_next/static/|_next/image/|favicon.ico).*)",
    "/api/:rest(.*%.*)",
    "/api/health",
  ],
};

/** A deleted or expired snapshot link answers 410, which a page cannot do itself. */
const SNAPSHOT_LINK = /^\/s\/[^/]+$/;

/** "%E0%A4%A" in a page path is a bad request, not a page error. */
function checkPathEncoding(pathname: string): void {
  try {
    decodeURIComponent(pathname);
  } catch {
    throw new AppError("bad_request", "The path is not valid percent-encoding.");
  }
}

export async function proxy(request: NextRequest) {
  try {
    // A page reached by a host name this server does not own is a DNS-rebinding page: refuse it.
    checkHost(request, appConfig());
    checkPathEncoding(request.nextUrl.pathname);
  } catch (error) {
    return errorResponse(error);
  }
  if (request.nextUrl.pathname === "/api/health" && request.method === "GET")
    return healthResponse();
  if (!SNAPSHOT_LINK.test(request.nextUrl.pathname)) return NextResponse.next();
  return (await snapshotGoneResponse(request.nextUrl.pathname)) ?? NextResponse.next();
}
