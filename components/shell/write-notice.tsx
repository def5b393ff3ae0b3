"use client";
import type { HealthState } from "./use-health";

/** Says so when this server takes no writes (lib/http/write-access.ts): people should not find out by a 403. */
export function WriteNotice({ health }: { health: HealthState }) {
  if (health.state !== "ok" || health.writes !== "closed") return null;
  return (
    <div className="notice-bar" role="status" aria-label="Read-only">
      <strong>Read-only.</strong> This Liaison serves other machines without an admin token, so
      adding, deleting and merging are off; exploring, the console and sharing work. Whoever runs it
      can set LIAISON_ADMIN_TOKEN (or LIAISON_OPEN_WRITES=1) to turn writes on.
    </div>
  );
}
