import neo4j, { type Transaction } from "neo4j-driver";
import { databaseName, getDriver } from "@/lib/neo4j/driver";
import { cancelledError, timeoutError } from "./errors";
import type { ConsoleLimits } from "./settings";

type StopReason = "timeout" | "cancelled";

/**
 * A READ session that can be stopped from outside: on the deadline or when the request is aborted
 * the session is closed, which makes the driver send RESET, and Neo4j terminates the query at once.
 * `stopped` rejects at that moment, so the caller answers without waiting for the driver.
 */
export function stoppableSession(
  limits: Pick<ConsoleLimits, "timeoutMs" | "rowCap">,
  signal?: AbortSignal,
) {
  const session = getDriver().session({
    database: databaseName(),
    defaultAccessMode: neo4j.session.READ,
    fetchSize: limits.rowCap + 1,
  });
  let reason: StopReason | undefined;
  let closing: Promise<void> | undefined;
  let rejectStopped: (error: unknown) => void = () => {};
  const stopped = new Promise<never>((_, reject) => (rejectStopped = reject));
  stopped.catch(() => {}); // observed through Promise.race; never an unhandled rejection
  const close = () => (closing ??= session.close().catch(() => {}));
  const stop = (why: StopReason) => {
    if (reason) return;
    reason = why;
    void close();
    rejectStopped(why === "timeout" ? timeoutError(limits.timeoutMs) : cancelledError());
  };
  const timer = setTimeout(() => stop("timeout"), limits.timeoutMs);
  const onAbort = () => stop("cancelled");
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) stop("cancelled");
  return {
    session,
    stopped,
    stopReason: () => reason,
    async finish(tx?: Transaction) {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (!reason && tx?.isOpen()) await tx.rollback().catch(() => {}); // nothing a reader did is ever committed
      await close();
    },
  };
}
