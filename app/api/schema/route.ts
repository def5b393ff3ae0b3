import { readLiveSchema } from "@/lib/console/schema";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// Labels, relationship types, property keys and allowed procedures, for the console's completion.
export const GET = route({}, () => readLiveSchema());
