import { z } from "zod";
import { route } from "@/lib/http/route";
import { listMerges } from "@/lib/ingest/merges";

export const dynamic = "force-dynamic";

const query = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export const GET = route({ query }, ({ query }) => listMerges(query.limit));
