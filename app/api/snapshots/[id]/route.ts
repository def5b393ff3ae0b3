import { z } from "zod";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { deleteSnapshot, readSnapshot } from "@/lib/snapshots/store";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string() });

export const GET = route({ params }, ({ params }) => readSnapshot(params.id));

export const DELETE = route({ params }, ({ params, request }) => {
  const token = request.headers.get("x-delete-token");
  if (!token)
    throw new AppError("bad_request", "Send the delete token in the X-Delete-Token header.");
  return deleteSnapshot(params.id, token);
});
