import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ExtractedEntity, Extraction } from "@/lib/schema/extraction";
import { entityId } from "@/lib/schema/ids";

/**
 * What a person changed on the add page before committing: relations unticked (by their index in
 * the preview), entities renamed, entities merged into one already in the graph. The server
 * extracts again and applies these, rather than trusting an extraction sent by the browser.
 */
export const review = z.object({
  dropRelations: z.array(z.number().int().nonnegative()).max(10_000).default([]),
  rename: z
    .record(z.string(), z.string().trim().min(1, "a new name must not be empty").max(200))
    .default({}),
  mergeInto: z.record(z.string(), z.string().min(1).max(300)).default({}),
});
export type Review = z.infer<typeof review>;

export interface KnownEntity {
  id: string;
  name: string;
  type: string;
}

/** Applies a review to an extraction (pure). `targets` are the existing entities merged into. */
export function applyReview(
  extraction: Extraction,
  edits: Review,
  targets: ReadonlyMap<string, KnownEntity>,
): Extraction {
  const idMap = new Map<string, string>();
  const entities = new Map<string, ExtractedEntity>();
  for (const entity of extraction.entities) {
    const next = reviewedEntity(entity, edits, targets);
    idMap.set(entity.id, next.id);
    const known = entities.get(next.id);
    if (!known) entities.set(next.id, next);
    else {
      for (const alias of [next.name, ...next.aliases])
        if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
      for (const role of next.roles) if (!known.roles.includes(role)) known.roles.push(role);
      known.mentions.push(...next.mentions);
    }
  }
  const dropped = new Set(edits.dropRelations);
  const relations = extraction.relations
    .filter((_, index) => !dropped.has(index))
    .map((r) => ({
      ...r,
      subject: idMap.get(r.subject) ?? r.subject,
      object: idMap.get(r.object) ?? r.object,
    }));
  return { ...extraction, entities: [...entities.values()], relations };
}

function reviewedEntity(
  entity: ExtractedEntity,
  edits: Review,
  targets: ReadonlyMap<string, KnownEntity>,
): ExtractedEntity {
  const intoId = edits.mergeInto[entity.id];
  if (intoId) {
    const target = targets.get(intoId);
    if (!target)
      throw new AppError(
        "bad_request",
        `Cannot merge ${entity.name} into ${intoId}: no such entity in the graph.`,
      );
    if (target.type !== entity.type) {
      throw new AppError(
        "bad_request",
        `Cannot merge ${entity.name} (${entity.type}) into ${target.name} (${target.type}): the types differ.`,
      );
    }
    return withName(entity, target.id, target.name);
  }
  const name = edits.rename[entity.id];
  if (name && name !== entity.name) return withName(entity, entityId(entity.type, name), name);
  return {
    ...entity,
    aliases: [...entity.aliases],
    roles: [...entity.roles],
    mentions: [...entity.mentions],
  };
}

/** The entity under a new id and name; its old name is kept as an alias. */
function withName(entity: ExtractedEntity, id: string, name: string): ExtractedEntity {
  const aliases = [entity.name, ...entity.aliases].filter(
    (a, i, all) => a !== name && all.indexOf(a) === i,
  );
  return { ...entity, id, name, aliases, roles: [...entity.roles], mentions: [...entity.mentions] };
}
