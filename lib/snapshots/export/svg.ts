import type { Snapshot } from "../envelope";
import { escapeXml } from "./xml";

export interface Point {
  x: number;
  y: number;
}

/** A drawn picture in model coordinates: what the SVG writer needs, from Cytoscape or a snapshot. */
export interface SvgScene {
  title: string;
  nodes: {
    x: number;
    y: number;
    width: number;
    height: number;
    shape: string;
    fill: string;
    label: string;
    /** Label font size and weight as drawn; 11 and normal when not given. */
    fontSize?: number;
    fontWeight?: string;
  }[];
  /** `points`: source end, the curve's control points, target end. */
  edges: { points: Point[]; color: string; width: number; arrow: boolean }[];
}

const FONT_SIZE = 11;
const PAD = 40;
const f = (n: number): string => String(Math.round(n * 100) / 100);

function polygon(x: number, y: number, w: number, h: number, unit: [number, number][]): string {
  return unit.map(([ux, uy]) => `${f(x + (ux * w) / 2)},${f(y + (uy * h) / 2)}`).join(" ");
}

const HEXAGON: [number, number][] = [
  [-1, 0],
  [-0.5, -1],
  [0.5, -1],
  [1, 0],
  [0.5, 1],
  [-0.5, 1],
];
const DIAMOND: [number, number][] = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
];

function nodeShape(n: SvgScene["nodes"][number]): string {
  const paint = `fill="${escapeXml(n.fill)}" stroke="#ffffff" stroke-width="2"`;
  switch (n.shape) {
    case "round-rectangle":
    case "roundrectangle":
      return `<rect x="${f(n.x - n.width / 2)}" y="${f(n.y - n.height / 2)}" width="${f(n.width)}" height="${f(n.height)}" rx="${f(Math.min(n.width, n.height) / 4)}" ${paint}/>`;
    case "rectangle":
      return `<rect x="${f(n.x - n.width / 2)}" y="${f(n.y - n.height / 2)}" width="${f(n.width)}" height="${f(n.height)}" ${paint}/>`;
    case "hexagon":
      return `<polygon points="${polygon(n.x, n.y, n.width, n.height, HEXAGON)}" ${paint}/>`;
    case "diamond":
      return `<polygon points="${polygon(n.x, n.y, n.width, n.height, DIAMOND)}" ${paint}/>`;
    default:
      return `<ellipse cx="${f(n.x)}" cy="${f(n.y)}" rx="${f(n.width / 2)}" ry="${f(n.height / 2)}" ${paint}/>`;
  }
}

/** A path through the points: a straight line, or quadratic curves as Cytoscape draws bezier edges. */
function edgePath(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  const last = rest.pop();
  if (!last) return `M${f(first.x)},${f(first.y)}`;
  if (rest.length === 0) return `M${f(first.x)},${f(first.y)} L${f(last.x)},${f(last.y)}`;
  const parts = [`M${f(first.x)},${f(first.y)}`];
  rest.forEach((c, i) => {
    const next = rest[i + 1];
    const end = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : last;
    parts.push(`Q${f(c.x)},${f(c.y)} ${f(end.x)},${f(end.y)}`);
  });
  return parts.join(" ");
}

function arrowHead(points: Point[], color: string, width: number): string {
  const tip = points[points.length - 1];
  const from = points[points.length - 2];
  if (!tip || !from) return "";
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const size = 6 + width * 1.5;
  const corner = (a: number) =>
    `${f(tip.x - size * Math.cos(angle + a))},${f(tip.y - size * Math.sin(angle + a))}`;
  return `<polygon points="${f(tip.x)},${f(tip.y)} ${corner(0.45)} ${corner(-0.45)}" fill="${escapeXml(color)}"/>`;
}

function bounds(scene: SvgScene): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of scene.nodes) {
    xs.push(n.x - n.width / 2 - 60, n.x + n.width / 2 + 60); // room for labels wider than nodes
    ys.push(n.y - n.height / 2, n.y + n.height / 2 + FONT_SIZE * 2 + 6);
  }
  for (const e of scene.edges) for (const p of e.points) (xs.push(p.x), ys.push(p.y));
  if (!xs.length) return { x: 0, y: 0, width: 200, height: 100 };
  const x = Math.min(...xs) - PAD;
  const y = Math.min(...ys) - PAD;
  return { x, y, width: Math.max(...xs) + PAD - x, height: Math.max(...ys) + PAD - y };
}

/** A standalone SVG document of the scene; every text and colour escaped. */
export function sceneToSvg(scene: SvgScene): string {
  const box = bounds(scene);
  const edges = scene.edges.map(
    (e) =>
      `<g opacity="0.85"><path d="${edgePath(e.points)}" fill="none" stroke="${escapeXml(e.color)}" stroke-width="${f(e.width)}"/>` +
      `${e.arrow ? arrowHead(e.points, e.color, e.width) : ""}</g>`,
  );
  const nodes = scene.nodes.map((n) => {
    const size = n.fontSize ?? FONT_SIZE;
    const weight =
      n.fontWeight && n.fontWeight !== "normal" ? ` font-weight="${escapeXml(n.fontWeight)}"` : "";
    const label = n.label
      ? `<text x="${f(n.x)}" y="${f(n.y + n.height / 2 + 4 + size)}" font-size="${f(size)}"${weight} text-anchor="middle" stroke="#ffffff" stroke-width="2.5" stroke-linejoin="round">${escapeXml(n.label)}</text>`
      : "";
    return `<g>${nodeShape(n)}${label}</g>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(box.width)}" height="${f(box.height)}" viewBox="${f(box.x)} ${f(box.y)} ${f(box.width)} ${f(box.height)}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<rect x="${f(box.x)}" y="${f(box.y)}" width="${f(box.width)}" height="${f(box.height)}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join("")}</g>`,
    `<g class="nodes" font-family="system-ui, sans-serif" font-size="${FONT_SIZE}" fill="#111827" stroke="none" paint-order="stroke">${nodes.join("")}</g>`,
    "</svg>",
    "",
  ].join("\n");
}

/** Node size as graph-style.ts maps it: mapData(degree, 0, 20, 22, 48). */
export function nodeSize(degree: number): number {
  return 22 + (Math.min(Math.max(degree, 0), 20) / 20) * 26;
}

/** Edge width as graph-style.ts maps it: mapData(evidenceCount, 1, 6, 1.5, 6). */
export function edgeWidth(evidenceCount: number): number {
  return 1.5 + ((Math.min(Math.max(evidenceCount, 1), 6) - 1) / 5) * 4.5;
}

/** The scene of a snapshot without Cytoscape (server-side previews): straight edges, centre to centre. */
export function sceneFromSnapshot(snapshot: Snapshot): SvgScene {
  const byId = new Map(snapshot.nodes.map((n) => [n.id, n]));
  return {
    title: snapshot.title,
    nodes: snapshot.nodes.map((n) => ({
      x: n.position.x,
      y: n.position.y,
      width: nodeSize(n.degree),
      height: nodeSize(n.degree),
      shape: snapshot.style.entities[n.type]?.shape ?? "ellipse",
      fill: snapshot.style.entities[n.type]?.color ?? "#6b7280",
      label: n.label,
    })),
    edges: snapshot.edges.flatMap((e) => {
      const s = byId.get(e.source);
      const t = byId.get(e.target);
      if (!s || !t) return [];
      const style = snapshot.style.relations[e.type];
      return [
        {
          points: [s.position, t.position],
          color: style?.color ?? "#6b7280",
          width: edgeWidth(e.evidenceCount),
          arrow: false,
        },
      ];
    }),
  };
}
