import { z } from "zod";
import { correctionAuthor, undoCorrection } from "@/lib/corrections/corrections";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().min(1).max(300) });

/** Undoes a correction (admin): the relation as it was, the record kept and marked undone. */
export const DELETE = route({ params, admin: true }, ({ params, request }) =>
  undoCorrection(params.id, correctionAuthor(request)),
);
