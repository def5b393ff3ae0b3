import { z } from "zod";
import { route } from "@/lib/http/route";
import { MAX_SNAPSHOT_BYTES } from "@/lib/snapshots/envelope";
import { createSnapshot } from "@/lib/snapshots/store";

export const dynamic = "force-dynamic";

// The body is validated by createSnapshot: it answers 413 for too many elements before parsing.
export const POST = route({ body: z.unknown(), maxBodyBytes: MAX_SNAPSHOT_BYTES }, async ({ body, request }) =>
  Response.json(await createSnapshot(body, new URL(request.url).origin), { status: 201 }),
);
