import { z } from "zod";
import { entityType } from "@/lib/schema/entity-types";
import { relationType } from "@/lib/schema/relations";

/** `types=met_with,envoy_of` or `types=met_with&types=envoy_of` → registry relation types. */
export const relationTypeList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",") : value),
  z.array(z.string().trim().pipe(relationType)).min(1),
);

/** An entity id as it appears in URLs: `person:kirill-dmitriev`. */
export const entityIdParam = z.string().trim().min(1).max(300);

/** `entityTypes=Person,Organization` → registry entity types. */
export const entityTypeList = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",") : value),
  z.array(z.string().trim().pipe(entityType)).min(1),
);
