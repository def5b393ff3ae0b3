/** Counts and precision / recall / F1 for the scorer. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Ratios are null when undefined rather than 0 or 1, so that a type nobody predicted and nobody
 * annotated does not show up as a failure or a success. F1 is computed as 2tp / (2tp + fp + fn),
 * which equals the harmonic mean of P and R whenever both exist and is 0 (not null) when there was
 * something to find or something predicted but nothing matched.
 */
export interface Prf extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): Counts {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
  return into;
}

export function sumCounts(all: Iterable<Counts>): Counts {
  const total = emptyCounts();
  for (const c of all) addCounts(total, c);
  return total;
}

export function toPrf({ tp, fp, fn }: Counts): Prf {
  const predicted = tp + fp;
  const relevant = tp + fn;
  return {
    tp,
    fp,
    fn,
    precision: predicted === 0 ? null : tp / predicted,
    recall: relevant === 0 ? null : tp / relevant,
    f1: predicted + relevant === 0 ? null : (2 * tp) / (predicted + relevant),
  };
}

/** Quotient or null when the denominator is 0. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
