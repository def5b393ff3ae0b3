import { z } from "zod";
import { overview } from "@/lib/graph/overview";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({ limit: z.coerce.number().int().min(1).max(500).default(40) });

export const GET = route({ query }, ({ query }) => overview(query.limit));
