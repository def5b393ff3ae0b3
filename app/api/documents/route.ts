import { z } from "zod";
import { LIMITS } from "@/lib/http/client-limit";
import { route } from "@/lib/http/route";
import { commitArticle, commitBody } from "@/lib/ingest/article";
import { listDocuments } from "@/lib/ingest/documents";

export const dynamic = "force-dynamic";

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  skip: z.coerce.number().int().min(0).default(0),
});

export const GET = route({ query: listQuery }, ({ query }) => listDocuments(query));

/** Extracts one article, applies the review, writes it; answers its id and what was added. */
export const POST = route(
  { body: commitBody, admin: true, limit: LIMITS.extract },
  async ({ body }) => {
    const result = await commitArticle(body);
    return Response.json(result, { status: result.status === "created" ? 201 : 200 });
  },
);
