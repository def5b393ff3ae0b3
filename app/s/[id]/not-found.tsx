import { SnapshotUnavailable } from "@/components/snapshots/snapshot-unavailable";

export default function SnapshotNotFound() {
  return (
    <SnapshotUnavailable
      heading="No such snapshot"
      message="There is no snapshot at this address. Check that the link was copied whole."
    />
  );
}
