import { z } from "zod";
import { defineQuery, runQuery } from "@/lib/neo4j/query";

// The app's own queries (not the user's), run on a session of their own, apart from the user's.
const runningQuery = defineQuery({
  file: "console/running.cypher",
  mode: "READ",
  params: z.object({ run: z.string() }),
  row: z.object({ transactionId: z.string(), status: z.string() }),
});

const terminateQuery = defineQuery({
  file: "console/terminate.cypher",
  mode: "READ",
  params: z.object({ ids: z.array(z.string()).min(1) }),
  row: z.object({ transactionId: z.string(), message: z.string() }),
});

const POLL_MS = 100;
/** How long after the stop a run may stay in SHOW TRANSACTIONS before it is reported stuck. */
export const ENDED_WITHIN_MS = 2_000;

/** Ids of the transactions of a console run that are still open inside Neo4j. */
export async function openTransactions(run: string): Promise<string[]> {
  const rows = await runQuery(runningQuery, { run }, { timeoutMs: 2_000 });
  return rows.map((row) => row.transactionId);
}

/**
 * Makes sure a stopped console run has ended inside Neo4j, not only in the app: closing the
 * session sends RESET, which Neo4j turns into a termination; this checks with SHOW TRANSACTIONS
 * on a separate connection, sends TERMINATE TRANSACTIONS for what is left, and keeps checking until
 * the run is gone (the launcher's watchdog stops queries stuck inside one expression). Resolves to
 * true once gone, false when still open after `withinMs` (logged).
 */
export async function ensureEnded(run: string, withinMs = ENDED_WITHIN_MS): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  let terminated = false;
  for (;;) {
    const open = await openTransactions(run).catch(() => null);
    if (open && !open.length) return true;
    if (open && !terminated && Date.now() + POLL_MS * 2 < deadline) {
      await runQuery(terminateQuery, { ids: open }, { timeoutMs: 2_000 }).catch(() => {});
      terminated = true;
    }
    if (Date.now() >= deadline) {
      console.error(
        `[console] run ${run} is still open in Neo4j ${withinMs} ms after it was stopped: ${open?.join(", ") ?? "unknown"}`,
      );
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
