import { z } from "zod";
import { entityType } from "@/lib/schema/entity-types";
import { relationType } from "@/lib/schema/relations";

/**
 * The two line formats of FORMAT.md: gold annotations and the extractor's predictions. Extra
 * fields are allowed in both (zod drops them), because gold lines carry licence and source notes
 * and predictions may carry debugging fields.
 */

export const goldEntity = z.object({
  name: z.string().min(1),
  type: entityType,
  aliases: z.array(z.string()).default([]),
});

export const goldRelation = z.object({
  type: relationType,
  subject: z.string().min(1),
  object: z.string().min(1),
  evidence: z.string().optional(),
  cross_sentence: z.boolean().optional(),
  /** Other acceptable objects, e.g. other imposers of the same sanctions. */
  alt_objects: z.array(z.string()).optional(),
});

export const goldNegative = z.object({
  type: relationType,
  subject: z.string().min(1),
  object: z.string().min(1),
  reason: z.string().optional(),
});

export const goldLine = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  entities: z.array(goldEntity),
  relations: z.array(goldRelation),
  negatives: z.array(goldNegative).default([]),
});

export const predictedEntity = z.object({
  name: z.string().min(1),
  type: entityType,
  aliases: z.array(z.string()).default([]),
});

export const predictedRelation = z.object({
  /**
   * A plain string, not the registry enum: a prediction may carry types we do not score; they are
   * counted as unscored instead of rejecting the whole line.
   */
  type: z.string().min(1),
  subject: z.string().min(1),
  object: z.string().min(1),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z
    .object({
      sentence: z.string(),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    })
    .optional(),
});

export const predictionLine = z.object({
  id: z.string().min(1),
  entities: z.array(predictedEntity),
  relations: z.array(predictedRelation),
});

export type GoldEntity = z.infer<typeof goldEntity>;
export type GoldRelation = z.infer<typeof goldRelation>;
export type GoldNegative = z.infer<typeof goldNegative>;
export type GoldLine = z.infer<typeof goldLine>;
export type PredictedEntity = z.infer<typeof predictedEntity>;
export type PredictedRelation = z.infer<typeof predictedRelation>;
export type PredictionLine = z.infer<typeof predictionLine>;
/** What a caller may hand to the scorer: defaults (aliases, negatives) may still be missing. */
export type GoldLineInput = z.input<typeof goldLine>;
export type PredictionLineInput = z.input<typeof predictionLine>;
