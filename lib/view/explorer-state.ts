import { DEFAULT_FILTERS, type Filters } from "@/lib/view/filters";
import { createHistory, type History, record, redo, replace, undo } from "@/lib/view/history";
import { EMPTY_VIEW, type ViewGraph } from "@/lib/view/view-graph";

/** What undo/redo steps through: the stored view and the filters over it. */
export interface ExplorerSnapshot {
  view: ViewGraph;
  filters: Filters;
}

export type ExplorerAction =
  | { type: "change"; change: (s: ExplorerSnapshot) => ExplorerSnapshot }
  | { type: "reset"; state: ExplorerSnapshot }
  | { type: "undo" }
  | { type: "redo" };

export const INITIAL: History<ExplorerSnapshot> = createHistory({
  view: EMPTY_VIEW,
  filters: DEFAULT_FILTERS,
});

/** The explorer's reducer: every view change is one undoable step; a reset (restore) is not. */
export function explorerReducer(
  history: History<ExplorerSnapshot>,
  action: ExplorerAction,
): History<ExplorerSnapshot> {
  switch (action.type) {
    case "change": {
      const next = action.change(history.present);
      return next.view === history.present.view && next.filters === history.present.filters
        ? history
        : record(history, next);
    }
    case "reset":
      return replace(createHistory(action.state), action.state);
    case "undo":
      return undo(history);
    case "redo":
      return redo(history);
  }
}
