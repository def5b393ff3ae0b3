import { z } from "zod";
import { searchEntities } from "@/lib/graph/search";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({
  q: z.string().max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const GET = route({ query }, ({ query }) => searchEntities(query.q, query.limit));
