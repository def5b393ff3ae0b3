import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SnapshotUnavailable } from "@/components/snapshots/snapshot-unavailable";
import { SnapshotViewer } from "@/components/snapshots/snapshot-viewer";
import { AppError } from "@/lib/errors";
import { describeSnapshot } from "@/lib/snapshots/describe";
import type { Snapshot } from "@/lib/snapshots/envelope";
import { readSnapshot } from "@/lib/snapshots/store";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };
type Outcome = { state: "ok"; snapshot: Snapshot } | { state: "gone"; message: string };

// One read per request, shared by the metadata and the page.
const load = cache(async (id: string): Promise<Outcome> => {
  try {
    return { state: "ok", snapshot: await readSnapshot(id) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError && error.code === "gone") return { state: "gone", message: error.message };
    throw error;
  }
});

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const outcome = await load((await params).id);
  if (outcome.state === "gone") return { title: "Snapshot no longer available · Liaison", robots: { index: false } };
  const { title, description } = describeSnapshot(outcome.snapshot);
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
  if (outcome.state === "gone") return <SnapshotUnavailable heading="This snapshot is gone" message={outcome.message} />;
  return <SnapshotViewer snapshot={outcome.snapshot} source="link" />;
}
