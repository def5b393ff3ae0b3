/** A marked span of a text: an entity mention or an evidence sentence. */
export interface Span {
  start: number;
  end: number;
  kind: "mention" | "evidence";
  /** What the span belongs to: an entity id for a mention, a relation key for evidence. */
  ref: string;
  /** Shown as a tooltip. */
  label: string;
  /** Evidence of a relation the reviewer unticked is drawn struck through. */
  dropped?: boolean;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  spans: Span[];
}

/**
 * Cuts a text at every span edge so nested and overlapping spans (a mention inside an evidence
 * sentence) can be drawn together: each segment lists the spans covering it. Spans outside the
 * text are clipped; empty ones are ignored.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      spans: valid.filter((s) => s.start <= start && s.end >= end),
    });
  }
  return segments;
}
