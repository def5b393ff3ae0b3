"use client";
import type { Explorer } from "./use-explorer";
import { EdgeDetailsView } from "./edge-details";
import { EntityDetailsView } from "./entity-details";
import { PathPanel } from "./path-panel";
import { SHORTCUTS } from "./shortcuts";
import { GraphList } from "@/components/graph/graph-list";
import type { VisibleGraph } from "@/lib/view/filters";

export type PanelName = "details" | "filters" | "path" | "list" | "shortcuts";

function Shortcuts({ webgl, onWebgl }: { webgl: boolean; onWebgl: (on: boolean) => void }) {
  return (
    <section aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map((s) => (
          <div key={s.keys}>
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <h3>Display</h3>
      <label className="setting">
        <input type="checkbox" checked={webgl} onChange={(e) => onWebgl(e.target.checked)} /> Draw
        with WebGL (experimental; smoother with thousands of elements)
      </label>
    </section>
  );
}

function Hint() {
  return (
    <section className="hint-panel">
      <h2>Explore</h2>
      <p>
        Click an entity or a line to see why it is there. Double-click an entity to show who
        surrounds it.
      </p>
      <p>
        Search with <kbd>/</kbd>, hide with <kbd>Delete</kbd>, undo with <kbd>Ctrl+Z</kbd>.
      </p>
    </section>
  );
}

/** The right-hand panel: details of the selection, the path finder, the list view or the shortcuts. */
export interface SidePanelProps {
  explorer: Explorer;
  panel: PanelName;
  visible: VisibleGraph;
  pathFrom: { id: string; name: string } | null;
  onPanel: (p: PanelName) => void;
  webgl: boolean;
  onWebgl: (on: boolean) => void;
}

export function SidePanel({
  explorer,
  panel,
  visible,
  pathFrom,
  onPanel,
  webgl,
  onWebgl,
}: SidePanelProps) {
  const { selection } = explorer;
  const selectNode = (id: string) => {
    explorer.select({ kind: "node", id });
    onPanel("details");
  };
  const chooseSearch = (entity: { id: string }) => {
    selectNode(entity.id);
    void explorer.expand(entity.id);
  };
  let body;
  if (panel === "path") {
    body = (
      <PathPanel
        key={pathFrom?.id ?? "none"}
        initialFrom={pathFrom}
        result={explorer.pathResult}
        busy={explorer.busy}
        filters={explorer.filters}
        onFind={(from, to, options) => void explorer.findPath(from, to, options)}
        onClear={explorer.clearPath}
        onSelectEdge={(id) => explorer.select({ kind: "edge", id })}
      />
    );
  } else if (panel === "list") {
    body = (
      <GraphList
        graph={visible}
        visible
        onSelect={(kind, id) => {
          explorer.select({ kind, id });
          onPanel("details");
        }}
      />
    );
  } else if (panel === "shortcuts") {
    body = <Shortcuts webgl={webgl} onWebgl={onWebgl} />;
  } else if (selection?.kind === "node") {
    body = (
      <EntityDetailsView
        key={selection.id}
        id={selection.id}
        expanded={explorer.view.expanded[selection.id]}
        onExpand={(options) => void explorer.expand(selection.id, options)}
        onHide={() => {
          explorer.hide([selection.id]);
          explorer.select(null);
        }}
        onCollapse={() => explorer.collapse(selection.id)}
        onPathFrom={() => onPanel("path")}
        onChooseSearch={chooseSearch}
      />
    );
  } else if (selection?.kind === "edge") {
    body = (
      <EdgeDetailsView
        key={`${selection.id}#${explorer.revision}`}
        id={selection.id}
        onSelectEntity={selectNode}
        onChooseSearch={chooseSearch}
        onCorrected={(show, notice) => void explorer.afterCorrection(show, notice)}
      />
    );
  } else {
    body = <Hint />;
  }
  return (
    <aside className="side" aria-label="Details">
      {panel !== "details" && (
        <button type="button" className="link close" onClick={() => onPanel("details")}>
          ← Back to details
        </button>
      )}
      {body}
    </aside>
  );
}
