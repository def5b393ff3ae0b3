"use client";
import { useEffect, useRef, useState } from "react";
import type { ExplorerEdge } from "@/lib/graph/rows";
import { formatDate } from "@/lib/view/dates";
import type { Filters } from "@/lib/view/filters";
import { brushRange, type MonthBar, monthHistogram, shortMonth } from "@/lib/view/timeline";

const HEIGHT = 44;
const PLAY_STEP_MS = 800;

function selectedRange(bars: MonthBar[], filters: Filters): [number, number] {
  const from = filters.from ? bars.findIndex((b) => b.month >= filters.from!.slice(0, 7)) : 0;
  const toRaw = filters.to
    ? bars.findIndex((b) => b.month > filters.to!.slice(0, 7)) - 1
    : bars.length - 1;
  return [Math.max(0, from), toRaw < 0 ? (filters.to ? bars.length - 1 : 0) : toRaw];
}

/**
 * Under the canvas: the view's lines by the month first stated, with labelled axes; dragging over
 * the bars sets the date range, and Play grows the graph month by month.
 */
export function Timeline({
  edges,
  filters,
  onChange,
}: {
  edges: ExplorerEdge[];
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  const bars = monthHistogram(edges);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ filters, onChange, bars });
  latest.current = { filters, onChange, bars };

  useEffect(() => {
    if (!playing) return;
    let step = 0;
    const timer = setInterval(() => {
      const { bars: b, filters: f, onChange: set } = latest.current;
      if (step >= b.length) return setPlaying(false);
      set({ ...f, from: null, to: step < b.length - 1 ? b[step]!.month : null });
      step += 1;
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing]);

  if (bars.length < 2) return null;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const [lo, hi] = drag
    ? [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)]
    : selectedRange(bars, filters);
  const label =
    filters.from || filters.to
      ? `${formatDate(filters.from) ?? formatDate(bars[0]!.month)} to ${formatDate(filters.to) ?? formatDate(bars.at(-1)!.month)}`
      : "all dates";
  const finish = () => {
    if (!drag) return;
    onChange({ ...filters, ...brushRange(bars, drag.start, drag.end) });
    setDrag(null);
  };
  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-head">
        <span>
          Lines by month first stated · <strong>{label}</strong>
        </span>
        <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
          {playing ? "Pause" : "Play"}
        </button>
        {(filters.from || filters.to) && (
          <button
            type="button"
            className="link"
            onClick={() => onChange({ ...filters, from: null, to: null })}
          >
            All dates
          </button>
        )}
      </div>
      <div className="timeline-plot">
        <span className="timeline-y" aria-hidden>
          {max}
        </span>
        <div
          className="timeline-bars"
          role="group"
          aria-label="Months"
          onPointerLeave={finish}
          onPointerUp={finish}
        >
          {bars.map((b, i) => (
            <button
              key={b.month}
              type="button"
              className={i >= lo && i <= hi ? "bar in" : "bar"}
              aria-label={`${formatDate(b.month)}: ${b.count} ${b.count === 1 ? "line" : "lines"}`}
              onPointerDown={(e) => {
                e.preventDefault();
                setDrag({ start: i, end: i });
              }}
              onPointerEnter={() => drag && setDrag({ ...drag, end: i })}
              onClick={(e) => e.detail === 0 && onChange({ ...filters, ...brushRange(bars, i, i) })}
            >
              <span
                style={{ height: `${Math.max(b.count ? 3 : 0, (b.count / max) * HEIGHT)}px` }}
              />
            </button>
          ))}
        </div>
      </div>
      <div className="timeline-x" aria-hidden>
        <span>{shortMonth(bars[0]!.month)}</span>
        {bars.length > 4 && <span>{shortMonth(bars[Math.floor(bars.length / 2)]!.month)}</span>}
        <span>{shortMonth(bars.at(-1)!.month)}</span>
      </div>
    </section>
  );
}
