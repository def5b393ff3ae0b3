import { z } from "zod";
import { MAX_VIEW_IDS, subgraph } from "@/lib/graph/edges-among";
import { entityIdParam } from "@/lib/graph/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const body = z.object({ ids: z.array(entityIdParam).min(1).max(MAX_VIEW_IDS) });

/** POST, not GET: a restored view can name up to 2,000 entities, more than a URL should carry. */
export const POST = route({ body }, ({ body }) => subgraph(body.ids));
