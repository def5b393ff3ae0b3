import { z } from "zod";
import { relationEvidence } from "@/lib/graph/evidence";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1).max(700) });
const query = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

export const GET = route({ params, query }, ({ params, query }) =>
  relationEvidence(decodeURIComponent(params.id), query.limit),
);
