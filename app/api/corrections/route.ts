import { z } from "zod";
import {
  CORRECTION_KINDS,
  correctRelation,
  correctionAuthor,
  listCorrections,
} from "@/lib/corrections/corrections";
import { route } from "@/lib/http/route";
import { relationType } from "@/lib/schema/relations";

export const dynamic = "force-dynamic";

const body = z.object({
  kind: z.enum(CORRECTION_KINDS),
  relationId: z.string().min(1).max(1200),
  reason: z.string().trim().min(1, "say why").max(2000),
  toType: relationType.optional(),
});

/** Corrects a relation by hand (admin): reject, confirm or retype; recorded with who, when and why. */
export const POST = route({ body, admin: true }, ({ body, request }) =>
  correctRelation(body, correctionAuthor(request)),
);

const query = z.object({ relation: z.string().min(1).max(1200).optional() });

/** Corrections, newest first; `?relation=` those behind one relation. */
export const GET = route({ query }, async ({ query }) => ({
  corrections: await listCorrections({
    relationIds: query.relation ? [query.relation] : undefined,
  }),
}));
