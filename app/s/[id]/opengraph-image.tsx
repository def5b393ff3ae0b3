import { headers } from "next/headers";
import { ImageResponse } from "next/og";
import { LIMITS } from "@/lib/http/client-limit";
import { errorResponse } from "@/lib/http/route";
import { snapshotPreview } from "@/lib/snapshots/preview";
import { cachedPreview, rememberPreview } from "@/lib/snapshots/preview-cache";
import { readSnapshot, snapshotUnavailable } from "@/lib/snapshots/store";

export const alt = "Preview of a Liaison snapshot";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/**
 * The link preview. Drawing one costs up to seconds of CPU, so a client gets a few at once (429
 * beyond), the image is rendered before its slot is freed, and it is drawn once per snapshot:
 * later requests get the cached picture while the snapshot is still available.
 */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  let release: () => void;
  try {
    release = LIMITS.previewImage.acquire({ headers: await headers() });
  } catch (error) {
    return errorResponse(error);
  }
  try {
    const { id } = await params;
    const cached =
      (await snapshotUnavailable(id).catch(() => null)) === null ? cachedPreview(id) : undefined;
    if (cached)
      return new Response(cached.body, { headers: { "content-type": cached.contentType } });
    const rendered = await renderImage(id);
    const body = await rendered.arrayBuffer();
    if (rendered.ok && rendered.headers.get("x-liaison-preview") === "snapshot")
      rememberPreview(id, {
        body,
        contentType: rendered.headers.get("content-type") ?? contentType,
      });
    return new Response(body, { headers: rendered.headers });
  } finally {
    release();
  }
}

/** Title, counts, and the snapshot's own picture drawn from its positions. */
async function renderImage(id: string): Promise<ImageResponse> {
  const snapshot = await readSnapshot(id).catch(() => null);
  const preview = snapshot ? snapshotPreview(snapshot, { width: 1100, height: 420 }) : null;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#f9fafb",
        padding: 40,
      }}
    >
      <div style={{ display: "flex", fontSize: 26, color: "#6b7280" }}>
        Liaison · shared snapshot
      </div>
      <div
        style={{ display: "flex", fontSize: 48, fontWeight: 700, color: "#111827", marginTop: 8 }}
      >
        {snapshot ? snapshot.title.slice(0, 80) : "Snapshot not available"}
      </div>
      {preview && (
        <div style={{ display: "flex", fontSize: 24, color: "#374151", marginTop: 6 }}>
          {`${snapshot!.nodes.length} entities · ${snapshot!.edges.length} relations`}
        </div>
      )}
      {preview && (
        <div
          style={{
            display: "flex",
            justifyContent: "center",
            marginTop: 16,
            width: 1100,
            height: 420,
            background: "#ffffff",
            borderRadius: 12,
          }}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- ImageResponse draws plain <img> only */}
          <img src={preview.src} width={preview.width} height={preview.height} alt="" />
        </div>
      )}
    </div>,
    // Only the picture of a snapshot that exists is kept (lib/snapshots/preview-cache.ts).
    { ...size, headers: snapshot ? { "x-liaison-preview": "snapshot" } : {} },
  );
}
