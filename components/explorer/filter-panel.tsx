"use client";
import { ENTITY_STYLE, ENTITY_TYPES, type EntityType } from "@/lib/schema/entity-types";
import { RELATIONS, type RelationType } from "@/lib/schema/relations";
import {
  DEFAULT_FILTERS,
  documentChoices,
  filtersActive,
  type Filters,
  monthRange,
  type VisibleGraph,
} from "@/lib/view/filters";
import { formatDate } from "@/lib/view/dates";
import { legendLabel } from "@/lib/view/relation-label";
import type { ViewGraph } from "@/lib/view/view-graph";
import { CorroborationSwatch, RelationSwatch } from "@/components/graph/relation-swatch";

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function count<T extends string>(items: { type: T }[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const i of items) out.set(i.type, (out.get(i.type) ?? 0) + 1);
  return out;
}

function TimeRange({
  months,
  filters,
  onChange,
}: {
  months: string[];
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  if (months.length < 2) return null;
  const fromIndex = filters.from
    ? Math.max(
        0,
        months.findIndex((m) => m >= filters.from!.slice(0, 7)),
      )
    : 0;
  const toIndexRaw = filters.to
    ? months.findIndex((m) => m >= filters.to!.slice(0, 7))
    : months.length - 1;
  const toIndex = toIndexRaw < 0 ? months.length - 1 : toIndexRaw;
  const set = (from: number, to: number) =>
    onChange({
      ...filters,
      from: from > 0 ? months[from]! : null,
      to: to < months.length - 1 ? months[to]! : null,
    });
  return (
    <fieldset className="time">
      <legend>
        Evidence dates: {formatDate(months[fromIndex])} to {formatDate(months[toIndex])}
      </legend>
      <label>
        <span className="sr-only">From month</span>
        <input
          type="range"
          min={0}
          max={months.length - 1}
          value={fromIndex}
          aria-valuetext={formatDate(months[fromIndex]) ?? undefined}
          onChange={(e) => set(Math.min(Number(e.target.value), toIndex), toIndex)}
        />
      </label>
      <label>
        <span className="sr-only">To month</span>
        <input
          type="range"
          min={0}
          max={months.length - 1}
          value={toIndex}
          aria-valuetext={formatDate(months[toIndex]) ?? undefined}
          onChange={(e) => set(fromIndex, Math.max(Number(e.target.value), fromIndex))}
        />
      </label>
    </fieldset>
  );
}

/** The legend doubles as the filter (Gephi/Bloom style): click a type to switch it off or on. */
export function FilterPanel({
  view,
  visible,
  filters,
  onChange,
}: {
  view: ViewGraph;
  visible: VisibleGraph;
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  const nodeCounts = count(visible.nodes);
  const edgeCounts = count(visible.edges);
  const months = monthRange(Object.values(view.edges));
  const documents = documentChoices(view);
  const setEntity = (t: EntityType) =>
    onChange({ ...filters, hiddenEntityTypes: toggle(filters.hiddenEntityTypes, t) });
  const setRelation = (t: RelationType) =>
    onChange({ ...filters, hiddenRelationTypes: toggle(filters.hiddenRelationTypes, t) });
  return (
    <aside className="filters" aria-label="Legend and filters">
      <fieldset>
        <legend>Entities</legend>
        {ENTITY_TYPES.map((t) => (
          <label key={t} className="legend-item">
            <input
              type="checkbox"
              checked={!filters.hiddenEntityTypes.includes(t)}
              onChange={() => setEntity(t)}
            />
            <span
              className={`swatch shape-${ENTITY_STYLE[t].shape}`}
              style={{ background: ENTITY_STYLE[t].color }}
              aria-hidden
            />
            {ENTITY_STYLE[t].label}
            <span className="count">{nodeCounts.get(t) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Relations</legend>
        {RELATIONS.map((r) => (
          <label key={r.name} className="legend-item">
            <input
              type="checkbox"
              checked={!filters.hiddenRelationTypes.includes(r.name)}
              onChange={() => setRelation(r.name)}
            />
            <RelationSwatch type={r.name} color={r.color} symmetric={r.symmetric} />
            {legendLabel(r)}
            <span className="count">{edgeCounts.get(r.name) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <p className="legend-note">
        <CorroborationSwatch multiple={false} /> one source <CorroborationSwatch multiple /> two or
        more
      </p>
      <label className="field">
        At least {filters.minSources} {filters.minSources === 1 ? "source" : "sources"}
        <input
          type="range"
          min={1}
          max={5}
          value={filters.minSources}
          aria-valuetext={`${filters.minSources} ${filters.minSources === 1 ? "source" : "sources"}`}
          onChange={(e) => onChange({ ...filters, minSources: Number(e.target.value) })}
        />
      </label>
      <label className="field">
        Minimum evidence: {filters.minEvidence}{" "}
        {filters.minEvidence === 1 ? "sentence" : "sentences"}
        <input
          type="range"
          min={1}
          max={10}
          value={filters.minEvidence}
          onChange={(e) => onChange({ ...filters, minEvidence: Number(e.target.value) })}
        />
      </label>
      <TimeRange months={months} filters={filters} onChange={onChange} />
      <label className="field">
        Source document
        <select
          value={filters.document ?? ""}
          onChange={(e) => onChange({ ...filters, document: e.target.value || null })}
        >
          <option value="">All documents</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.publishedAt ? `${formatDate(d.publishedAt)} · ` : ""}
              {d.title ?? d.id}
            </option>
          ))}
        </select>
      </label>
      {filtersActive(filters) && (
        <button type="button" onClick={() => onChange(DEFAULT_FILTERS)}>
          Clear filters
        </button>
      )}
    </aside>
  );
}
