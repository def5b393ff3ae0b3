import { route } from "@/lib/http/route";
import { checkHealth } from "@/lib/system/health";

export const dynamic = "force-dynamic";

export const GET = route({}, () => checkHealth());
