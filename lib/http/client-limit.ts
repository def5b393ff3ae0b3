import { AppError } from "@/lib/errors";

export interface ClientLimitOptions {
  /** Named in the 429 message ("article previews"). */
  what: string;
  /** Requests of one client at once. */
  perClient: number;
  /** Requests of all clients at once (a client that invents addresses still meets this one). */
  total: number;
  /** Seconds sent in Retry-After. */
  retryAfter?: number;
}

/** A request, or the headers of one (next/headers in a page or image route). */
export type WithHeaders = { headers: { get(name: string): string | null } };

export interface ClientLimit {
  /** Takes a slot for the request's client or throws 429; call the release function when done. */
  acquire(request: WithHeaders): () => void;
  running(): number;
}

/**
 * The client a request comes from: the socket address, which Next.js passes as the first
 * X-Forwarded-For entry when the request had none (a proxy in front puts the real one first).
 */
export function clientKey(request: WithHeaders): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/** Caps the expensive requests in flight, per client and in all: beyond them, 429 with Retry-After at once. */
export function clientLimit(options: ClientLimitOptions): ClientLimit {
  const byClient = new Map<string, number>();
  let total = 0;
  const refuse = (message: string) =>
    new AppError("too_many_requests", message, { retryAfter: options.retryAfter ?? 2 });
  return {
    acquire(request) {
      const key = clientKey(request);
      const mine = byClient.get(key) ?? 0;
      if (mine >= options.perClient) {
        throw refuse(
          `Too many ${options.what} at once from you (at most ${options.perClient}); try again when one has finished.`,
        );
      }
      if (total >= options.total)
        throw refuse(`The server is busy with ${options.what}; try again in a moment.`);
      byClient.set(key, mine + 1);
      total++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total--;
        const left = (byClient.get(key) ?? 1) - 1;
        if (left > 0) byClient.set(key, left);
        else byClient.delete(key);
      };
    },
    running: () => total,
  };
}

/**
 * The limits of the routes that cost the most (CPU for extraction and images, Neo4j for queries).
 * Kept on globalThis: route bundles and dev reloads must share one count per process.
 */
export const LIMITS = ((
  globalThis as { __liaisonLimits?: Record<string, ClientLimit> }
).__liaisonLimits ??= {
  extract: clientLimit({ what: "article extractions", perClient: 2, total: 4 }),
  cypher: clientLimit({ what: "console queries", perClient: 2, total: 8 }),
  snapshotCreate: clientLimit({ what: "snapshot saves", perClient: 2, total: 8 }),
  previewImage: clientLimit({ what: "preview images", perClient: 2, total: 4, retryAfter: 5 }),
}) as Record<"extract" | "cypher" | "snapshotCreate" | "previewImage", ClientLimit>;
