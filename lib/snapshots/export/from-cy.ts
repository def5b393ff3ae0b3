import type { Core } from "cytoscape";
import type { Point, SvgScene } from "./svg";

const num = (value: unknown, fallback: number): number => {
  const n = typeof value === "number" ? value : parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
};

/** The scene as Cytoscape drew it: its node sizes, colours, shapes, edge end points and curves. */
export function sceneFromCy(cy: Core, title: string): SvgScene {
  const nodes = cy.nodes(":visible").map((n) => ({
    x: n.position().x,
    y: n.position().y,
    width: n.width(),
    height: n.height(),
    shape: String(n.style("shape")),
    fill: String(n.style("background-color")),
    label: String(n.data("label") ?? ""),
    fontSize: num(n.style("font-size"), 11),
    fontWeight: String(n.style("font-weight") ?? "normal"),
  }));
  const edges = cy.edges(":visible").map((e) => {
    const controls = (e.controlPoints() as Point[] | undefined) ?? [];
    return {
      points: [e.sourceEndpoint(), ...controls, e.targetEndpoint()],
      color: String(e.style("line-color")),
      width: num(e.style("width"), 1.5),
      arrow: String(e.style("target-arrow-shape")) !== "none",
    };
  });
  return { title, nodes, edges };
}
