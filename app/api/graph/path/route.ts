import { z } from "zod";
import { entityIdParam, relationTypeList } from "@/lib/graph/params";
import { connectionPaths } from "@/lib/graph/path";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({
  from: entityIdParam,
  to: entityIdParam,
  types: relationTypeList.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const GET = route({ query }, ({ query }) => connectionPaths(query));
