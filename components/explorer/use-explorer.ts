"use client";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { ConnectionPaths } from "@/lib/graph/path";
import type { RelationType } from "@/lib/schema/relations";
import { explorerReducer, type ExplorerSnapshot, INITIAL } from "@/lib/view/explorer-state";
import { DEFAULT_FILTERS, type Filters } from "@/lib/view/filters";
import { isLayoutName, type LayoutName } from "@/lib/view/layouts";
import { type PathOptions, pathOptionsFromFilters } from "@/lib/view/path-options";
import { parseUrlState, toSearchParams, type UrlState } from "@/lib/view/url-state";
import {
  applyNeighborhood,
  applyPath,
  clearPath,
  collapse,
  EMPTY_VIEW,
  hideNodes,
  showAll,
  startView,
  type ViewGraph,
} from "@/lib/view/view-graph";
import type { Selection } from "@/components/graph/graph-canvas";
import { api, ApiError } from "./api";

export type LoadState = "loading" | "ready" | "error";

function pathPieces(result: ConnectionPaths) {
  return result.paths.map((p) => ({ nodes: p.nodes, edges: p.hops.map((h) => h.edge) }));
}

/** What the starting view is a part of: "the 40 best connected of 228 entities". */
export interface StartInfo {
  shown: number;
  total: number;
}

interface LoadedView {
  view: ViewGraph;
  missing: string[];
  path: ConnectionPaths | null;
  start: StartInfo | null;
}

/** Loads what a URL describes: each focused entity's neighbourhood and the path, or the starting view. */
async function loadUrlState(url: UrlState): Promise<LoadedView> {
  if (url.focus.length === 0 && !url.path) {
    const overview = await api.overview();
    return {
      view: startView(overview),
      missing: [],
      path: null,
      start: { shown: overview.nodes.length, total: overview.entityTotal },
    };
  }
  let view = EMPTY_VIEW;
  const missing: string[] = [];
  const pages = await Promise.all(
    url.focus.map((id) =>
      api
        .neighborhood(id)
        .catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    ),
  );
  pages.forEach((page, i) => {
    if (page) view = applyNeighborhood(view, page);
    else missing.push(url.focus[i]!);
  });
  let path: ConnectionPaths | null = null;
  if (url.path) {
    path = await api
      .path(url.path.from, url.path.to, pathOptionsFromFilters(url.filters))
      .catch(() => null);
    if (path) view = applyPath(view, url.path.from, url.path.to, pathPieces(path));
  }
  return { view, missing, path, start: null };
}

/** The explorer's state and actions: undoable view, filters, selection, URL sync, API calls. */
export function useExplorer() {
  const [history, dispatch] = useReducer(explorerReducer, INITIAL);
  const [load, setLoad] = useState<{ state: LoadState; message?: string }>({ state: "loading" });
  const [selection, setSelection] = useState<Selection>(null);
  const [layout, setLayoutName] = useState<LayoutName>("fcose");
  const [layoutRun, setLayoutRun] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pathResult, setPathResult] = useState<ConnectionPaths | null>(null);
  const [start, setStart] = useState<StartInfo | null>(null);
  /** Bumped when the graph changed under the view (a correction), so details load again. */
  const [revision, setRevision] = useState(0);
  /** Ids of the URL's focus that are not in the graph, when none of it is: a stale link. */
  const [stale, setStale] = useState<string[]>([]);
  const restoring = useRef(true);
  /** The URL's view part last written; null after a restore, so the next write replaces. */
  const lastPushed = useRef<string | null>(null);
  const { view, filters } = history.present;

  const change = useCallback(
    (fn: (s: ExplorerSnapshot) => ExplorerSnapshot) => dispatch({ type: "change", change: fn }),
    [],
  );

  const fail = useCallback((error: unknown) => {
    setNotice(error instanceof ApiError ? error.message : "Something went wrong.");
  }, []);

  const restore = useCallback(async (search: string) => {
    restoring.current = true;
    const url = parseUrlState(search);
    setLoad((l) => (l.state === "ready" ? l : { state: "loading" }));
    try {
      const loaded = await loadUrlState(url);
      dispatch({ type: "reset", state: { view: loaded.view, filters: url.filters } });
      setPathResult(loaded.path);
      setStart(loaded.start);
      setStale(
        loaded.missing.length === url.focus.length && Object.keys(loaded.view.nodes).length === 0
          ? loaded.missing
          : [],
      );
      setSelection(
        url.selected
          ? { kind: url.selected.includes("|") ? "edge" : "node", id: url.selected }
          : null,
      );
      if (isLayoutName(url.layout)) setLayoutName(url.layout);
      setLayoutRun((n) => n + 1);
      setLoad({ state: "ready" });
      if (loaded.missing.length && loaded.missing.length < url.focus.length)
        setNotice(`Not in the graph any more: ${loaded.missing.join(", ")}`);
    } catch (error) {
      setLoad({
        state: "error",
        message: error instanceof ApiError ? error.message : "The graph could not be loaded.",
      });
    } finally {
      restoring.current = false;
      lastPushed.current = null;
    }
  }, []);

  useEffect(() => {
    void restore(window.location.search);
    const onPop = () => void restore(window.location.search);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [restore]);

  // The address bar follows the view: focus, filters and path push a history entry; selection replaces.
  useEffect(() => {
    if (restoring.current || load.state !== "ready") return;
    const base: UrlState = {
      focus: view.focus,
      filters,
      selected: null,
      path: view.path ? { from: view.path.from, to: view.path.to } : null,
      layout: layout === "fcose" ? null : layout,
    };
    const core = toSearchParams(base);
    const full = toSearchParams({ ...base, selected: selection?.id ?? null });
    const target = full ? `?${full}` : window.location.pathname;
    if (window.location.search === (full ? `?${full}` : "")) {
      lastPushed.current = core;
      return;
    }
    if (lastPushed.current !== null && lastPushed.current !== core)
      window.history.pushState(null, "", target);
    else window.history.replaceState(null, "", target);
    lastPushed.current = core;
  }, [view.focus, view.path, filters, selection, layout, load.state]);

  const expand = useCallback(
    async (id: string, options: { types?: RelationType[]; more?: boolean } = {}) => {
      setBusy(true);
      try {
        const offset = options.more ? (view.expanded[id]?.shown ?? 0) : 0;
        const page = await api.neighborhood(id, { types: options.types, offset });
        change((s) => ({ ...s, view: applyNeighborhood(s.view, page, options.types) }));
        const shown = offset + page.nodes.length;
        setNotice(
          `${page.center.name}: showing ${Math.min(shown, page.total)} of ${page.total} neighbours`,
        );
      } catch (error) {
        fail(error);
      } finally {
        setBusy(false);
      }
    },
    [change, fail, view.expanded],
  );

  const findPath = useCallback(
    async (from: string, to: string, options: PathOptions) => {
      setBusy(true);
      try {
        const result = await api.path(from, to, options);
        setPathResult(result);
        if (result.paths.length === 0)
          setNotice("No connection within 6 steps through what the view and the options allow.");
        else change((s) => ({ ...s, view: applyPath(s.view, from, to, pathPieces(result)) }));
        return result;
      } catch (error) {
        fail(error);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [change, fail],
  );

  return {
    view,
    filters,
    load,
    busy,
    notice,
    selection,
    layout,
    layoutRun,
    pathResult,
    /** The starting view's size against the whole graph, while it is what is shown. */
    start: view.focus.length === 0 && !view.path ? start : null,
    stale: Object.keys(view.nodes).length === 0 ? stale : [],
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    setNotice,
    select: setSelection,
    expand,
    findPath,
    hide: (ids: string[]) => change((s) => ({ ...s, view: hideNodes(s.view, ids) })),
    showAll: () => change((s) => ({ ...s, view: showAll(s.view) })),
    collapse: (id: string) => change((s) => ({ ...s, view: collapse(s.view, id) })),
    clearPath: () => {
      setPathResult(null);
      change((s) => ({ ...s, view: clearPath(s.view) }));
    },
    setFilters: (filters: Filters) => change((s) => ({ ...s, filters })),
    resetFilters: () => change((s) => ({ ...s, filters: DEFAULT_FILTERS })),
    undo: () => dispatch({ type: "undo" }),
    redo: () => dispatch({ type: "redo" }),
    setLayout: (name: LayoutName) => {
      setLayoutName(name);
      setLayoutRun((n) => n + 1);
    },
    relayout: () => setLayoutRun((n) => n + 1),
    reload: () => restore(window.location.search),
    revision,
    /** After a correction by hand: the view loaded again, showing `show` (the relation as it is now). */
    afterCorrection: async (show: string | null, message: string) => {
      const params = new URLSearchParams(window.location.search);
      if (show) params.set("selected", show);
      else params.delete("selected");
      const query = params
        .toString()
        .replace(/%3A/gi, ":")
        .replace(/%2C/gi, ",")
        .replace(/%7C/gi, "|");
      window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
      await restore(window.location.search);
      setRevision((n) => n + 1);
      setNotice(message);
    },
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
