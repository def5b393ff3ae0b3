import type { CommitResult, Preview } from "@/lib/ingest/article";
import type { DocumentDetail } from "@/lib/ingest/documents";
import type { Review } from "@/lib/ingest/review";

/** The intake endpoints as the browser calls them; errors carry the server's plain message. */

export interface ArticleFields {
  text: string;
  title: string;
  publishedAt: string;
  source: string;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { cache: "no-store", ...init });
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new ApiError(
      body?.error?.message ?? `The server answered ${response.status}.`,
      response.status,
    );
  return body as T;
}

function articleJson(fields: ArticleFields): Record<string, string> {
  const out: Record<string, string> = { text: fields.text };
  if (fields.title.trim()) out.title = fields.title.trim();
  if (fields.publishedAt) out.publishedAt = fields.publishedAt;
  if (fields.source.trim()) out.source = fields.source.trim();
  return out;
}

export function previewArticle(fields: ArticleFields): Promise<Preview> {
  return call("/api/extract", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(articleJson(fields)),
  });
}

export function commitArticle(
  fields: ArticleFields,
  review: Review,
  token: string,
): Promise<CommitResult> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return call("/api/documents", {
    method: "POST",
    headers,
    body: JSON.stringify({ ...articleJson(fields), review }),
  });
}

export interface EntityHit {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  degree: number;
}

export async function searchEntities(q: string): Promise<EntityHit[]> {
  const body = await call<{ results: EntityHit[] }>(
    `/api/entities?q=${encodeURIComponent(q)}&limit=8`,
  );
  return body.results;
}

export function fetchDocument(id: string): Promise<DocumentDetail> {
  return call(`/api/documents/${encodeURIComponent(id)}`);
}
