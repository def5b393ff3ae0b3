import type { Metadata } from "next";
import { OpenSnapshotFile } from "@/components/snapshots/open-snapshot-file";

export const metadata: Metadata = { title: "Open a snapshot file · Liaison" };

export default function OpenSnapshotPage() {
  return <OpenSnapshotFile />;
}
