import { z } from "zod";
import { entityDetails } from "@/lib/graph/entity";
import { entityIdParam } from "@/lib/graph/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ id: entityIdParam });

export const GET = route({ params }, ({ params }) => entityDetails(decodeURIComponent(params.id)));
