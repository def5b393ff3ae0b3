import { LIMITS } from "@/lib/http/client-limit";
import { route } from "@/lib/http/route";
import { articleBody, previewArticle } from "@/lib/ingest/article";

export const dynamic = "force-dynamic";

/** Preview: the extraction of one article and what the graph already knows. Writes nothing. */
export const POST = route({ body: articleBody, limit: LIMITS.extract }, ({ body }) =>
  previewArticle(body),
);
