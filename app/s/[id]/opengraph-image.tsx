import { headers } from "next/headers";
import { ImageResponse } from "next/og";
import { LIMITS } from "@/lib/http/client-limit";
import { errorResponse } from "@/lib/http/route";
import { snapshotPreview } from "@/lib/snapshots/preview";
import { readSnapshot } from "@/lib/snapshots/store";

export const alt = "Preview of a Liaison snapshot";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/**
 * The link preview. Drawing one costs up to seconds of CPU, so a client gets a few at once (429
 * beyond) and the image is rendered before its slot is freed.
 */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  let release: () => void;
  try {
    release = LIMITS.previewImage.acquire({ headers: await headers() });
  } catch (error) {
    return errorResponse(error);
  }
  try {
    const rendered = await renderImage((await params).id);
    return new Response(await rendered.arrayBuffer(), { headers: rendered.headers });
  } finally {
    release();
  }
}

/** Title, counts, and the snapshot's own picture drawn from its positions. */
async function renderImage(id: string): Promise<ImageResponse> {
  const snapshot = await readSnapshot(id).catch(() => null);
  const preview = snapshot ? snapshotPreview(snapshot, { width: 1100, height: 420 }) : null;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#f9fafb", padding: 40 }}>
        <div style={{ display: "flex", fontSize: 26, color: "#6b7280" }}>Liaison · shared snapshot</div>
        <div style={{ display: "flex", fontSize: 48, fontWeight: 700, color: "#111827", marginTop: 8 }}>
          {snapshot ? snapshot.title.slice(0, 80) : "Snapshot not available"}
        </div>
        {preview && (
          <div style={{ display: "flex", fontSize: 24, color: "#374151", marginTop: 6 }}>
            {`${snapshot!.nodes.length} entities · ${snapshot!.edges.length} relations`}
          </div>
        )}
        {preview && (
          <div style={{ display: "flex", justifyContent: "center", marginTop: 16, width: 1100, height: 420, background: "#ffffff", borderRadius: 12 }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- ImageResponse draws plain <img> only */}
            <img src={preview.src} width={preview.width} height={preview.height} alt="" />
          </div>
        )}
      </div>
    ),
    size,
  );
}
