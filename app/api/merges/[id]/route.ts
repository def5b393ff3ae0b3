import { z } from "zod";
import { route } from "@/lib/http/route";
import { undoMerge } from "@/lib/ingest/merges";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1).max(200) });

/** Undoes a merge: the merged-away entity comes back with its names, mentions and evidence. */
export const DELETE = route({ params, admin: true }, ({ params }) => undoMerge(params.id));
