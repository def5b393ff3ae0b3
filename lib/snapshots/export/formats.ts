import type { Core } from "cytoscape";
import type { Snapshot } from "../envelope";
import { edgesCsv, nodesCsv } from "./csv";
import { sceneFromCy } from "./from-cy";
import { toGraphml } from "./graphml";
import { sceneToSvg } from "./svg";
import { slugify } from "@/lib/schema/ids";

export const EXPORT_FORMATS = [
  { id: "png1", label: "PNG (1×)" },
  { id: "png2", label: "PNG (2×)" },
  { id: "png4", label: "PNG (4×)" },
  { id: "svg", label: "SVG" },
  { id: "cyjs", label: "Cytoscape JSON" },
  { id: "snapshot", label: "Snapshot JSON" },
  { id: "graphml", label: "GraphML" },
  { id: "csv", label: "CSV (nodes and edges)" },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]["id"];

export interface ExportFile {
  name: string;
  blob: Blob;
}

const text = (body: string, type: string) => new Blob([body], { type: `${type};charset=utf-8` });

/** The files one export produces (CSV gives two), named after the snapshot's title. */
export function exportFiles(format: ExportFormat, cy: Core, snapshot: Snapshot): ExportFile[] {
  const base = slugify(snapshot.title) || "liaison-view";
  switch (format) {
    case "png1":
    case "png2":
    case "png4": {
      const scale = Number(format.slice(3));
      const blob = cy.png({ output: "blob", scale, full: true, bg: "#ffffff" }) as Blob;
      return [{ name: `${base}@${scale}x.png`, blob }];
    }
    case "svg":
      return [
        {
          name: `${base}.svg`,
          blob: text(sceneToSvg(sceneFromCy(cy, snapshot.title)), "image/svg+xml"),
        },
      ];
    case "cyjs":
      return [
        {
          name: `${base}.cyjs.json`,
          blob: text(JSON.stringify(cy.json(), null, 2), "application/json"),
        },
      ];
    case "snapshot":
      return [
        {
          name: `${base}.snapshot.json`,
          blob: text(JSON.stringify(snapshot, null, 2), "application/json"),
        },
      ];
    case "graphml":
      return [
        { name: `${base}.graphml`, blob: text(toGraphml(snapshot), "application/graphml+xml") },
      ];
    case "csv":
      return [
        { name: `${base}-nodes.csv`, blob: text(nodesCsv(snapshot), "text/csv") },
        { name: `${base}-edges.csv`, blob: text(edgesCsv(snapshot), "text/csv") },
      ];
  }
}

/** Saves a file through the browser's download. */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
