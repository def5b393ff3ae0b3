import type { Metadata } from "next";
import { MySnapshots } from "@/components/snapshots/my-snapshots";

export const metadata: Metadata = { title: "My snapshots · Liaison" };

export default function MySnapshotsPage() {
  return <MySnapshots />;
}
