import { z } from "zod";
import { entityIdParam, entityTypeList, relationTypeList } from "@/lib/graph/params";
import { connectionPaths } from "@/lib/graph/path";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({
  from: entityIdParam,
  to: entityIdParam,
  types: relationTypeList.optional(),
  entityTypes: entityTypeList.optional(),
  minEvidence: z.coerce.number().int().min(1).max(1000).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const GET = route({ query }, ({ query }) => connectionPaths(query));
