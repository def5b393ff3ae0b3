import { z } from "zod";
import { route } from "@/lib/http/route";
import { deleteDocument, getDocument } from "@/lib/ingest/documents";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1).max(200) });

/** The document's text and metadata, the mentions of each entity and its evidence sentences. */
export const GET = route({ params }, ({ params }) => getDocument(params.id));

/** Removes the document, its evidence, and the relations and entities left with none. */
export const DELETE = route({ params, admin: true }, ({ params }) => deleteDocument(params.id));
