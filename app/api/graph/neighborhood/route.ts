import { z } from "zod";
import { DEFAULT_EXPAND_LIMIT, neighborhood } from "@/lib/graph/neighborhood";
import { entityIdParam, relationTypeList } from "@/lib/graph/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({
  id: entityIdParam,
  types: relationTypeList.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(DEFAULT_EXPAND_LIMIT),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const GET = route({ query }, ({ query }) => neighborhood(query));
