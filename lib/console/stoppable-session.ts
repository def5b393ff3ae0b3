import neo4j, { type Session, type Transaction } from "neo4j-driver";
import { databaseName, getDriver } from "@/lib/neo4j/driver";
import { answerTooLargeError, cancelledError, timeoutError } from "./errors";
import type { ConsoleLimits } from "./settings";

type StopReason = "timeout" | "cancelled" | "too_large";

const CLOSE_WAIT_MS = 2_000;
/** How long RESET has to reach Neo4j before a stopped query's connection is dropped. */
const RESET_LEAD_MS = 100;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

interface SocketLike {
  destroy(error?: Error): void;
  destroyed?: boolean;
  on(event: "data", listener: (chunk: Buffer) => void): void;
  off(event: "data", listener: (chunk: Buffer) => void): void;
}

/**
 * Cuts the network connection under a session. RESET (what closing sends) ends a query in Neo4j
 * only once Neo4j reads it, after it has finished writing the record in flight; a record of tens of
 * megabytes then keeps the transaction open for seconds after the deadline. A dropped connection
 * makes Neo4j terminate the transaction at once. This reaches into neo4j-driver's internals
 * (session → connection holder → connection → channel → socket); when their shape changes it finds
 * no socket, answers false, and closing alone does the job, only slower.
 */
async function socketOf(session: Session): Promise<SocketLike | undefined> {
  type Link = { _delegate?: Link; _ch?: { _conn?: SocketLike } };
  const holder = (
    session as unknown as { _readConnectionHolder?: { getConnection?: () => Promise<Link | null> } }
  )._readConnectionHolder;
  let connection = await holder?.getConnection?.().catch(() => null);
  while (connection?._delegate) connection = connection._delegate;
  const socket = connection?._ch?._conn;
  return socket && typeof socket.destroy === "function" && typeof socket.on === "function"
    ? socket
    : undefined;
}

async function dropConnection(session: Session): Promise<boolean> {
  return destroy(await socketOf(session));
}

function destroy(socket: SocketLike | undefined): boolean {
  if (!socket || socket.destroyed) return false;
  // With an error, so the driver sees the connection fail and drops it (a bare destroy goes unseen).
  socket.destroy(new Error("connection dropped by the console to stop a query"));
  return true;
}

/**
 * A READ session that can be stopped from outside: on the deadline or when the request is aborted
 * the session is closed (RESET) and its connection dropped a moment later, and Neo4j terminates
 * the query at once.
 * `stopped` rejects at that moment, so the caller answers without waiting for the driver.
 */
export function stoppableSession(
  limits: Pick<ConsoleLimits, "timeoutMs" | "rowCap" | "maxAnswerBytes">,
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
  // Closing never holds anything up for long, whatever state the connection is in.
  const closed = () => Promise.race([session.close(), sleep(CLOSE_WAIT_MS)]).catch(() => {});
  const close = () => (closing ??= closed());
  const cutOff = () =>
    (closing ??= dropConnection(session)
      .catch(() => false)
      .then(closed));
  const stop = (why: StopReason) => {
    if (reason) return;
    reason = why;
    // RESET first (closing sends it), which Neo4j acts on at once even while the query runs. If
    // the connection is not back in the pool soon after (a record in flight keeps Neo4j writing
    // before it answers the RESET), it is dropped. Once it is back, it may serve another session:
    // then it is left alone.
    const socket = socketOf(session); // the connection as it is now, before closing releases it
    let released = false;
    void close().then(() => (released = true));
    setTimeout(() => {
      if (!released) void socket.then(destroy).catch(() => false);
    }, RESET_LEAD_MS).unref();
    rejectStopped(
      why === "timeout"
        ? timeoutError(limits.timeoutMs)
        : why === "too_large"
          ? answerTooLargeError(limits.maxAnswerBytes)
          : cancelledError(),
    );
  };
  // Bytes that arrive on the connection while this session holds it. The driver decodes a record
  // only once all of it has arrived, in one go on the event loop (a 2-million-element list froze the
  // app for 4 s), so the cap is kept here, on the wire, before a record too large is complete.
  let unwatch = () => {};
  const watchAnswer = async () => {
    const socket = await socketOf(session);
    if (!socket || reason) return;
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxAnswerBytes) stop("too_large");
    };
    socket.on("data", onData);
    unwatch = () => socket.off("data", onData);
  };
  const timer = setTimeout(() => stop("timeout"), limits.timeoutMs);
  const onAbort = () => stop("cancelled");
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) stop("cancelled");
  return {
    session,
    stopped,
    stopReason: () => reason,
    /** Drops the connection and closes the session, as a stop does (an answer grown too large). */
    cutOff,
    /** Starts counting the answer's bytes on the wire; call once the transaction has begun. */
    watchAnswer,
    async finish(tx?: Transaction) {
      clearTimeout(timer);
      unwatch();
      signal?.removeEventListener("abort", onAbort);
      if (!reason && tx?.isOpen()) await tx.rollback().catch(() => {}); // nothing a reader did is ever committed
      await close();
    },
  };
}
