import { z } from "zod";
import { route } from "@/lib/http/route";
import { mergeEntities } from "@/lib/ingest/merges";

export const dynamic = "force-dynamic";

const body = z.object({ fromId: z.string().min(1).max(300), intoId: z.string().min(1).max(300) });

/** Merges entity `fromId` into `intoId`: every alias, relation and evidence kept; recorded; undoable. */
export const POST = route({ body, admin: true }, ({ body }) =>
  mergeEntities(body.fromId, body.intoId),
);
