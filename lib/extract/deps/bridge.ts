/**
 * Where the dependency rules meet the document: which resolved entity a token of the analysis
 * stands for (a name, a pronoun or "the envoy" resolved by the document stage), and which of the
 * document's sentences holds it. The analysis and the document are of the same normalised text,
 * so character offsets line up.
 */
import type { EntityType } from "@/lib/schema/entity-types";
import type { Token } from "../analysis";
import type { DocumentContext } from "../context";
import { CAPITAL_OF } from "../gazetteer";
import type { Mention } from "../recognize";

export interface Participant {
  entity: number;
  type: EntityType;
  mention: Mention;
  /** Index of the document sentence holding the mention. */
  sentence: number;
}

export interface Bridge {
  doc: DocumentContext;
  /** The document's mention covering a token, resolved or not. */
  mentionAt(t: Token): Mention | undefined;
  /** The entity a token belongs to, by its own mention. */
  at(t: Token): Participant | undefined;
  /** The country whose capital a place is ("Beijing imposed"), made implied when the text never names it. */
  countryOfCapital(p: Participant): Participant | undefined;
  /** The document sentence a token lies in. */
  sentenceOf(t: Token): number;
}

export function buildBridge(doc: DocumentContext): Bridge {
  const mentions: { m: Mention; sentence: number }[] = [];
  doc.sentences.forEach((s, si) => s.mentions.forEach((m) => mentions.push({ m, sentence: si })));
  mentions.sort((a, b) => a.m.start - b.m.start);
  const starts = doc.sentences.map((s) => s.start);

  /** Index of the last element whose key is ≤ x, or -1. */
  const floor = (n: number, key: (i: number) => number, x: number) => {
    let lo = 0;
    let hi = n - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (key(mid) <= x) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };

  return {
    doc,
    mentionAt(t) {
      const i = floor(mentions.length, (k) => mentions[k]!.m.start, t.start);
      for (let k = i; k >= 0 && k >= i - 1; k--) {
        const { m } = mentions[k]!;
        if (t.start < m.end && t.end > m.start) return m;
      }
      return undefined;
    },
    at(t) {
      const i = floor(mentions.length, (k) => mentions[k]!.m.start, t.start);
      // Mentions do not nest, but a token may end inside the next one ("Putin's" → "Putin" "'s").
      for (let k = i; k >= 0 && k >= i - 1; k--) {
        const { m, sentence } = mentions[k]!;
        if (m.entity === undefined || t.start >= m.end || t.end <= m.start) continue;
        const entity = doc.entities[m.entity]!;
        return { entity: m.entity, type: entity.type, mention: m, sentence };
      }
      return undefined;
    },
    countryOfCapital(p) {
      const name = p.mention.country ?? CAPITAL_OF.get(doc.entities[p.entity]!.name);
      if (p.mention.kind !== "capital" || !name) return undefined;
      let entity = doc.entities.findIndex((e) => e.type === "Country" && e.name === name);
      if (entity < 0) {
        doc.entities.push({
          type: "Country",
          name,
          surfaces: [],
          mentions: [],
          roles: [],
          firstSentence: p.sentence,
        });
        entity = doc.entities.length - 1;
      }
      return { entity, type: "Country", mention: p.mention, sentence: p.sentence };
    },
    sentenceOf(t) {
      return Math.max(
        0,
        floor(starts.length, (k) => starts[k]!, t.start),
      );
    },
  };
}
