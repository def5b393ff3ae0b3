import type { Metadata } from "next";
import { SnapshotSandbox } from "@/components/snapshots/snapshot-sandbox";

export const metadata: Metadata = { title: "Snapshot sandbox · Liaison", robots: { index: false } };

/** Development page: Share and Export on a plain canvas (see docs/snapshots.md). */
export default async function SandboxPage({ searchParams }: { searchParams: Promise<{ focus?: string }> }) {
  const { focus } = await searchParams;
  return <SnapshotSandbox focus={focus ? focus.split(",").filter(Boolean) : []} />;
}
