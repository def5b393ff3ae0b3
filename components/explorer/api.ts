import type { EntityDetails } from "@/lib/graph/entity";
import type { RelationEvidence } from "@/lib/graph/evidence";
import type { Subgraph } from "@/lib/graph/edges-among";
import type { Neighborhood } from "@/lib/graph/neighborhood";
import type { Overview } from "@/lib/graph/overview";
import type { ConnectionPaths } from "@/lib/graph/path";
import type { SearchResult } from "@/lib/graph/search";
import type { RelationType } from "@/lib/schema/relations";
import { type PathOptions, pathQueryString } from "@/lib/view/path-options";

/** A failed API call with the server's plain message; `status` 0 when the server was unreachable. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", ...init });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "The Liaison server is not reachable.");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new ApiError(
      response.status,
      body?.error?.message ?? `The server answered ${response.status}.`,
    );
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  search: (q: string, signal?: AbortSignal) =>
    call<{ results: SearchResult[] }>(`/api/entities?q=${enc(q)}&limit=8`, { signal }).then(
      (r) => r.results,
    ),
  entity: (id: string) => call<EntityDetails>(`/api/entities/${enc(id)}`),
  neighborhood: (
    id: string,
    options: { types?: RelationType[]; offset?: number; limit?: number } = {},
  ) => {
    const params = new URLSearchParams({
      id,
      offset: String(options.offset ?? 0),
      limit: String(options.limit ?? 50),
    });
    if (options.types?.length) params.set("types", options.types.join(","));
    return call<Neighborhood>(`/api/graph/neighborhood?${params}`);
  },
  overview: () => call<Overview>("/api/graph/overview"),
  subgraph: (ids: string[]) =>
    call<Subgraph>("/api/graph/subgraph", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ids }),
    }),
  path: (from: string, to: string, options: PathOptions) =>
    call<ConnectionPaths>(`/api/graph/path?${pathQueryString(from, to, options)}`),
  evidence: (relationId: string) =>
    call<RelationEvidence>(`/api/relations/${enc(relationId)}/evidence`),
};
