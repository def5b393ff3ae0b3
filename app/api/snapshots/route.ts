import { z } from "zod";
import { route } from "@/lib/http/route";
import { MAX_SNAPSHOT_BYTES } from "@/lib/snapshots/envelope";
import { createSnapshot } from "@/lib/snapshots/store";

export const dynamic = "force-dynamic";

/** The origin the browser used (Next.js may rewrite request.url's host to localhost). */
function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "";
  const proto = request.headers.get("x-forwarded-proto") === "https" ? "https" : url.protocol.replace(":", "");
  // A host name or [IPv6] with an optional port; anything else falls back to the request URL's.
  return /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(host) ? `${proto}://${host}` : url.origin;
}

// The body is validated by createSnapshot: it answers 413 for too many elements before parsing.
export const POST = route({ body: z.unknown(), maxBodyBytes: MAX_SNAPSHOT_BYTES }, async ({ body, request }) =>
  Response.json(await createSnapshot(body, publicOrigin(request)), { status: 201 }),
);
