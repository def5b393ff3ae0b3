import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RemoteSnapshotViewer } from "@/components/snapshots/remote-snapshot-viewer";
import { SnapshotUnavailable } from "@/components/snapshots/snapshot-unavailable";
import { AppError } from "@/lib/errors";
import { readSnapshotSummary, type SnapshotSummary } from "@/lib/snapshots/store";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };
type Outcome =
  | { state: "ok"; summary: SnapshotSummary }
  | { state: "gone"; message: string }
  | { state: "down"; message: string };

// One read per request, shared by the metadata and the page. Only the summary: the envelope
// (up to megabytes) is fetched by the viewer from the API, which keeps this response small.
const load = cache(async (id: string): Promise<Outcome> => {
  try {
    return { state: "ok", summary: await readSnapshotSummary(id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError && error.code === "gone")
      return { state: "gone", message: error.message };
    if (error instanceof AppError && (error.code === "unavailable" || error.code === "timeout")) {
      return { state: "down", message: error.message };
    }
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const outcome = await load((await params).id);
  if (outcome.state !== "ok")
    return { title: "Snapshot not available · Liaison", robots: { index: false } };
  const { title, description } = outcome.summary;
  return {
    title: `${title} · Liaison`,
    description,
    openGraph: { title, description, type: "article", siteName: "Liaison" },
    twitter: { card: "summary_large_image", title, description },
    robots: { index: false },
  };
}

export default async function SnapshotPage({ params }: Params) {
  const outcome = await load((await params).id);
  // Deleted and expired links normally get their 410 page from proxy.ts; this covers a race.
  if (outcome.state === "gone")
    return <SnapshotUnavailable heading="This snapshot is gone" message={outcome.message} />;
  if (outcome.state === "down")
    return (
      <SnapshotUnavailable
        heading="The snapshot cannot be read right now"
        message={outcome.message}
      />
    );
  const { id, title, nodeCount, edgeCount, createdAt, expiresAt } = outcome.summary;
  return (
    <RemoteSnapshotViewer summary={{ id, title, nodeCount, edgeCount, createdAt, expiresAt }} />
  );
}
