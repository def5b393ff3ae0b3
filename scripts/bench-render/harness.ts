// Runs in the browser (bundled by scripts/bench-render.ts): draws a synthetic graph with the
// explorer's own stylesheet, elements and layout options, and measures first render and frames.
import cytoscape, { type Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { generateEntities, generateRelations, poolsOf } from "@/lib/graph/generate";
import type { GraphData } from "@/lib/schema/graph";
import { RELATIONS } from "@/lib/schema/relations";
import { graphStylesheet } from "@/lib/view/graph-style";
import { LARGE_GRAPH, layoutOptions } from "@/lib/view/layouts";
import { bindReadableLabels } from "@/lib/view/readable-labels";
import { largeGraphStyle, rendererOptions } from "@/lib/view/render-options";
import { toElements } from "@/lib/view/to-elements";

cytoscape.use(fcose);

export interface RenderRun {
  nodes: number;
  edges: number;
  webgl: boolean;
  /** Use positions from a previous run (the "cached positions" path) instead of fcose. */
  positions?: Record<string, { x: number; y: number }>;
}

function syntheticGraph(nodes: number, edges: number): GraphData {
  const entities = generateEntities(nodes);
  const byNeo4j = new Map<string, GraphData["edges"][number]["type"]>(
    RELATIONS.map((r) => [r.neo4jType, r.name]),
  );
  const relations = [...generateRelations(edges, poolsOf(entities), 1, edges, 11)].flat();
  return {
    nodes: entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      degree: 0,
    })),
    edges: relations.map((r) => ({
      id: r.id,
      type: byNeo4j.get(r.type)!,
      source: r.s,
      target: r.o,
      evidenceCount: r.evidence.length,
    })),
  };
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function frameTimes(count: number, step: (i: number) => void): Promise<number[]> {
  const out: number[] = [];
  let last = await frame();
  for (let i = 0; i < count; i++) {
    step(i);
    const now = await frame();
    out.push(now - last);
    last = now;
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

let current: Core | null = null;
let recording: number[] | null = null;

/** Frame-time recorder for gestures driven from outside (Playwright's mouse). */
function startFrames(): void {
  recording = [];
  let last = performance.now();
  const tick = (now: number) => {
    if (!recording) return;
    recording.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames() {
  const frames = (recording ?? []).slice(1);
  recording = null;
  return {
    medianMs: +median(frames).toFixed(1),
    p95Ms: +p95(frames).toFixed(1),
    frames: frames.length,
  };
}

async function run(options: RenderRun) {
  current?.destroy();
  const graph = syntheticGraph(options.nodes, options.edges);
  const degree = new Map<string, number>();
  for (const e of graph.edges)
    for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  for (const n of graph.nodes) n.degree = degree.get(n.id) ?? 0;
  const container = document.getElementById("cy")!;
  const started = performance.now();
  const elements = toElements(graph);
  const large = elements.length > LARGE_GRAPH;
  const cy = cytoscape({
    container,
    style: large ? [...graphStylesheet(), ...largeGraphStyle()] : graphStylesheet(),
    elements,
    ...rendererOptions(elements.length, options.webgl),
  } as cytoscape.CytoscapeOptions);
  current = cy;
  bindReadableLabels(cy); // as the explorer does: labels in view once zoomed in (unbound by destroy)
  const elementCount = cy.elements().length;
  const layout = options.positions
    ? cy.layout({
        name: "preset",
        positions: options.positions,
        fit: true,
        padding: 30,
      } as cytoscape.LayoutOptions)
    : cy.layout(layoutOptions({ name: "fcose", elementCount, incremental: false, fixed: [] }));
  await new Promise<void>((resolve) => {
    layout.one("layoutstop", () => resolve());
    layout.run();
  });
  const layoutMs = performance.now() - started;
  await frame();
  await frame();
  const firstRenderMs = performance.now() - started;
  const pan = await frameTimes(90, (i) => cy.panBy({ x: i % 30 < 15 ? 8 : -8, y: 4 }));
  const centre = { x: container.clientWidth / 2, y: container.clientHeight / 2 };
  const zoom = await frameTimes(90, (i) =>
    cy.zoom({ level: cy.zoom() * (i % 30 < 15 ? 1.04 : 1 / 1.04), renderedPosition: centre }),
  );
  const positions = Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  return {
    elements: elementCount,
    layoutMs: Math.round(layoutMs),
    firstRenderMs: Math.round(firstRenderMs),
    pan: { medianMs: +median(pan).toFixed(1), p95Ms: +p95(pan).toFixed(1) },
    zoom: { medianMs: +median(zoom).toFixed(1), p95Ms: +p95(zoom).toFixed(1) },
    positions,
  };
}

/** Fits the current graph (zoom null) or zooms it to a level at the centre, for screenshots. */
function view(zoom: number | null) {
  if (!current) return;
  if (zoom === null) current.fit(undefined, 30);
  else
    current.zoom({
      level: zoom,
      renderedPosition: { x: current.width() / 2, y: current.height() / 2 },
    });
}

Object.assign(window, { benchRun: run, benchView: view, startFrames, stopFrames });
