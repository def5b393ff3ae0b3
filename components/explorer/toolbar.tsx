"use client";
import type { Core } from "cytoscape";
import { SnapshotActions } from "@/components/snapshots/snapshot-actions";
import { LAYOUTS, type LayoutName } from "@/lib/view/layouts";

export interface ToolbarProps {
  layout: LayoutName;
  onLayout: (name: LayoutName) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  hiddenCount: number;
  onShowAll: () => void;
  getCy: () => Core | null;
  getContext: () => { filters: unknown; search?: string; focus?: string[] };
  panel: string;
  onPanel: (panel: "filters" | "path" | "list" | "shortcuts") => void;
}

function zoomBy(cy: Core | null, factor: number) {
  if (!cy) return;
  cy.animate({
    zoom: {
      level: cy.zoom() * factor,
      position: { x: cy.width() / 2, y: cy.height() / 2 },
    } as never,
    duration: 150,
  });
}

/** Canvas controls: layout, fit/zoom/centre, undo/redo, hidden entities, panels, share/export. */
export function Toolbar(props: ToolbarProps) {
  const { getCy } = props;
  const centre = () => {
    const cy = getCy();
    const selected = cy?.$(":selected");
    if (cy && selected?.nonempty())
      cy.animate({ center: { eles: selected }, zoom: Math.max(cy.zoom(), 1) } as never, {
        duration: 250,
      });
  };
  const panelButton = (
    name: "filters" | "path" | "list" | "shortcuts",
    label: string,
    title?: string,
  ) => (
    <button
      type="button"
      aria-pressed={props.panel === name}
      onClick={() => props.onPanel(name)}
      aria-label={title}
      title={title}
    >
      {label}
    </button>
  );
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph tools">
      <label className="layout-select">
        <span className="sr-only">Layout</span>
        <select
          value={props.layout}
          onChange={(e) => props.onLayout(e.target.value as LayoutName)}
          aria-label="Layout"
        >
          {LAYOUTS.map((l) => (
            <option key={l.name} value={l.name}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={() => props.onLayout(props.layout)}
        title="Lay out again (pinned nodes stay)"
        aria-label="Lay out again"
      >
        ↻
      </button>
      <span className="sep" aria-hidden />
      <button
        type="button"
        onClick={() =>
          getCy()?.animate({ fit: { eles: getCy()!.elements(), padding: 40 } } as never, {
            duration: 250,
          })
        }
        aria-label="Fit to screen"
        title="Fit (F)"
      >
        ⤢
      </button>
      <button
        type="button"
        onClick={() => zoomBy(getCy(), 1.3)}
        aria-label="Zoom in"
        title="Zoom in"
      >
        +
      </button>
      <button
        type="button"
        onClick={() => zoomBy(getCy(), 1 / 1.3)}
        aria-label="Zoom out"
        title="Zoom out"
      >
        −
      </button>
      <button
        type="button"
        onClick={centre}
        aria-label="Centre on selection"
        title="Centre on selection"
      >
        ◎
      </button>
      <span className="sep" aria-hidden />
      <button
        type="button"
        onClick={props.onUndo}
        disabled={!props.canUndo}
        aria-label="Undo"
        title="Undo (Ctrl+Z)"
      >
        ↶
      </button>
      <button
        type="button"
        onClick={props.onRedo}
        disabled={!props.canRedo}
        aria-label="Redo"
        title="Redo (Ctrl+Shift+Z)"
      >
        ↷
      </button>
      {props.hiddenCount > 0 && (
        <button type="button" onClick={props.onShowAll}>
          Show {props.hiddenCount} hidden
        </button>
      )}
      <span className="sep" aria-hidden />
      {panelButton("filters", "Filters")}
      {panelButton("path", "Path", "Find a path")}
      {panelButton("list", "List", "List view")}
      {panelButton("shortcuts", "?", "Keyboard shortcuts")}
      <span className="spacer" />
      <SnapshotActions getCy={getCy} getContext={props.getContext} />
    </div>
  );
}
