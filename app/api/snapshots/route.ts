import { z } from "zod";
import { config } from "@/lib/config";
import { LIMITS } from "@/lib/http/client-limit";
import { publicOrigin } from "@/lib/http/public-origin";
import { route } from "@/lib/http/route";
import { MAX_SNAPSHOT_BYTES } from "@/lib/snapshots/envelope";
import { createSnapshot } from "@/lib/snapshots/store";

export const dynamic = "force-dynamic";

// The body is validated by createSnapshot: it answers 413 for too many elements before parsing.
export const POST = route(
  { body: z.unknown(), maxBodyBytes: MAX_SNAPSHOT_BYTES, limit: LIMITS.snapshotCreate },
  async ({ body, request }) =>
    Response.json(await createSnapshot(body, publicOrigin(request, config())), { status: 201 }),
);
