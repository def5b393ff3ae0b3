import { highlightNames } from "@/lib/view/highlight";

interface Named {
  name: string;
  aliases: string[];
}

/**
 * The sentences of a hop, those that name both of its ends first (so the one shown says who did
 * what with whom, not only one side of it), otherwise in the order given (newest first).
 */
export function sentencesNamingBoth<T extends { sentence: string }>(
  evidence: T[],
  a: Named,
  b: Named,
): T[] {
  // A surname alone ("Witkoff") names a person as well as the full name does.
  const names = (e: Named) => [
    e.name,
    ...e.aliases,
    ...(e.name.includes(" ") && (e.name.split(" ").at(-1)?.length ?? 0) >= 4
      ? [e.name.split(" ").at(-1)!]
      : []),
  ];
  const namesBoth = (sentence: string) =>
    highlightNames(sentence, names(a)).some((s) => s.mark) &&
    highlightNames(sentence, names(b)).some((s) => s.mark);
  const both = evidence.filter((v) => namesBoth(v.sentence));
  return [...both, ...evidence.filter((v) => !both.includes(v))];
}
