import { z } from "zod";
import { entityType } from "./entity-types";
import { relationType } from "./relations";

/** A span of the original (not normalised) input text: [start, end) in UTF-16 code units. */
export const span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, "end must not precede start");

export const mention = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const extractedEntity = z.object({
  /** Stable key from lib/schema/ids.ts entityId(type, name). */
  id: z.string().min(1),
  name: z.string().min(1),
  type: entityType,
  aliases: z.array(z.string()),
  /** Titles and offices seen with the name: "foreign minister", "special envoy". */
  roles: z.array(z.string()),
  mentions: z.array(mention),
});

export const evidence = z.object({
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const extractedRelation = z.object({
  type: relationType,
  /** Entity ids from the same extraction. */
  subject: z.string().min(1),
  object: z.string().min(1),
  confidence: z.number().min(0).max(1),
  evidence,
  /** The role for `leads` ("foreign minister") and other typed relations, when stated. */
  role: z.string().optional(),
  /** ISO date (YYYY-MM-DD) or month (YYYY-MM) when the text states when it happened. */
  date: z.string().optional(),
  crossSentence: z.boolean().optional(),
});

export const extraction = z.object({
  extractorVersion: z.string(),
  document: z.object({
    id: z.string().optional(),
    title: z.string().optional(),
    publishedAt: z.string().optional(),
    length: z.number().int().nonnegative(),
  }),
  entities: z.array(extractedEntity),
  relations: z.array(extractedRelation),
});

export type Mention = z.infer<typeof mention>;
export type ExtractedEntity = z.infer<typeof extractedEntity>;
export type ExtractedRelation = z.infer<typeof extractedRelation>;
export type Evidence = z.infer<typeof evidence>;
export type Extraction = z.infer<typeof extraction>;

/** What the extractor takes: one article. */
export const articleInput = z.object({
  id: z.string().optional(),
  text: z.string(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
});
export type ArticleInput = z.infer<typeof articleInput>;
