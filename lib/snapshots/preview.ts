import type { Snapshot } from "./envelope";
import { sceneFromSnapshot, sceneToSvg } from "./export/svg";

/**
 * The snapshot's picture as an SVG data URL for link previews, without labels (the preview
 * renderer has no fonts for SVG text), sized to fit the box with its own aspect ratio (the
 * preview renderer stretches an image to the size it is given).
 */
export function snapshotPreview(snapshot: Snapshot, box: { width: number; height: number }) {
  const scene = sceneFromSnapshot(snapshot);
  scene.nodes.forEach((n) => (n.label = ""));
  const svg = sceneToSvg(scene);
  // The writer's own output: `width="W" height="H"` on the <svg> element, numbers only.
  const [, w = "1", h = "1"] = / width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  const scale = Math.min(box.width / Number(w), box.height / Number(h), 2);
  const width = Math.round(Number(w) * scale);
  const height = Math.round(Number(h) * scale);
  const sized = svg.replace(
    / width="[\d.]+" height="[\d.]+"/,
    ` width="${width}" height="${height}"`,
  );
  return {
    src: `data:image/svg+xml;base64,${Buffer.from(sized).toString("base64")}`,
    width,
    height,
  };
}
