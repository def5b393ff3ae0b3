/**
 * Relation rules over the dependency graph of each analysed sentence, one file per relation
 * family. They read entities through the bridge (bridge.ts) and never create any: entities a rule
 * implies are made by the assembly (../index.ts).
 */
import type { Analysis } from "../analysis";
import type { Candidate, DocumentContext } from "../context";
import { buildBridge } from "./bridge";
import { metWith } from "./met-with";
import { resolvePronounsByParse } from "./pronouns";
import { officeRelations } from "./office-relations";
import { sanctionedBy } from "./sanctioned-by";
import { travel } from "./travel";
import { vetoed } from "./veto";

/** Document rules that read the parse and must run before any relation rule (pronouns). */
export function resolveWithParse(doc: DocumentContext, analysis: Analysis): void {
  resolvePronounsByParse(buildBridge(doc), analysis);
}

/** The surface rules' candidates the parse contradicts (veto.ts). */
export function vetoByParse(
  doc: DocumentContext,
  analysis: Analysis,
  candidates: Candidate[],
): Candidate[] {
  const bridge = buildBridge(doc);
  return candidates.filter((c) => !vetoed(bridge, analysis.sentences, c));
}

export function relateDependencies(doc: DocumentContext, analysis: Analysis): Candidate[] {
  const bridge = buildBridge(doc);
  const out: Candidate[] = [];
  const emit = (c: Candidate) => out.push(c);
  const sanctions = {};
  for (const s of analysis.sentences) {
    metWith(bridge, s.tokens, emit);
    sanctionedBy(bridge, s.tokens, emit, sanctions);
    officeRelations(bridge, s.tokens, emit);
    travel(bridge, s.tokens, emit);
  }
  return out;
}
