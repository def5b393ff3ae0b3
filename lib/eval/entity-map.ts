import type { GoldEntity, PredictedEntity } from "./formats";
import { normalizeSurface, surfaceForms } from "./normalize";

/**
 * Scoring rule 2: each predicted entity is mapped to the one gold entity sharing the most surface
 * forms with it.
 *
 * How we read the rule, precisely:
 * - The overlap score of (predicted P, gold G) is the number of normalised forms they share, where
 *   the form that is P's own name counts 2 instead of 1 ("its name counts double": "its" is the
 *   predicted entity, the subject of the sentence).
 * - Ties on that score go to the gold entity whose normalised name equals P's normalised name;
 *   remaining ties go to the gold entity of the same type, then to the earliest gold entity, so
 *   the result never depends on anything but the two files.
 * - Zero shared forms means unmapped (null). Entity types do not otherwise matter: a person
 *   predicted as an organisation still maps, since rule 2 speaks only of surface forms.
 */
export interface GoldForms {
  entity: GoldEntity;
  forms: Set<string>;
  normalizedName: string;
}

export function indexGold(entities: readonly GoldEntity[]): GoldForms[] {
  return entities.map((entity) => ({
    entity,
    forms: surfaceForms(entity),
    normalizedName: normalizeSurface(entity.name),
  }));
}

interface Candidate {
  index: number;
  overlap: number;
  exactName: boolean;
  sameType: boolean;
}

/** Index into `gold` of the entity `predicted` maps to, or null when it shares no form. */
export function mapEntity(
  predicted: Pick<PredictedEntity, "name" | "aliases"> & { type?: string },
  gold: readonly GoldForms[],
): number | null {
  const forms = surfaceForms(predicted);
  const name = normalizeSurface(predicted.name);
  let best: Candidate | null = null;
  gold.forEach((g, index) => {
    const candidate: Candidate = {
      index,
      overlap: overlapScore(forms, name, g.forms),
      exactName: name !== "" && name === g.normalizedName,
      sameType: predicted.type === g.entity.type,
    };
    if (candidate.overlap > 0 && (best === null || beats(candidate, best))) best = candidate;
  });
  return (best as Candidate | null)?.index ?? null;
}

function overlapScore(forms: Set<string>, name: string, goldForms: Set<string>): number {
  let score = 0;
  for (const form of forms) {
    if (goldForms.has(form)) score += form === name ? 2 : 1;
  }
  return score;
}

/** Strictly better only, so that among equals the earliest gold entity stays. */
function beats(a: Candidate, b: Candidate): boolean {
  if (a.overlap !== b.overlap) return a.overlap > b.overlap;
  if (a.exactName !== b.exactName) return a.exactName;
  if (a.sameType !== b.sameType) return a.sameType;
  return false;
}
