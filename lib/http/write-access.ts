import type { Config } from "@/lib/config";
import { isLoopback } from "./allowed-hosts";

/**
 * Who may write (add and delete documents, merge and unmerge entities):
 * - "token": whoever sends LIAISON_ADMIN_TOKEN;
 * - "open": anyone who can reach the app (on loopback that is this machine's users, or when
 *   LIAISON_OPEN_WRITES=1 says so);
 * - "closed": nobody, because the app listens beyond loopback with no token to tell people apart.
 */
export type WriteAccess = "token" | "open" | "closed";

export function writeAccess(config: Config): WriteAccess {
  if (config.LIAISON_ADMIN_TOKEN) return "token";
  if (config.LIAISON_OPEN_WRITES === "1" || isLoopback(config.LIAISON_HOST)) return "open";
  return "closed";
}

/** The start-up line that says who can write. */
export function describeWriteAccess(config: Config): string {
  switch (writeAccess(config)) {
    case "token":
      return "writes need the admin token (LIAISON_ADMIN_TOKEN)";
    case "open":
      return isLoopback(config.LIAISON_HOST)
        ? `writes are open to anyone on this machine (listening on ${config.LIAISON_HOST})`
        : `writes are open to anyone who can reach ${config.LIAISON_HOST} (LIAISON_OPEN_WRITES=1)`;
    case "closed":
      return `read-only: listening on ${config.LIAISON_HOST} without LIAISON_ADMIN_TOKEN, so writes are off (set LIAISON_ADMIN_TOKEN, or LIAISON_OPEN_WRITES=1 to open them to everyone)`;
  }
}
