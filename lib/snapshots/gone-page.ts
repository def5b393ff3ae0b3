import { escapeXml } from "./export/xml";
import { snapshotUnavailable } from "./store";

const SNAPSHOT_PATH = /^\/s\/([^/]+)$/;

function page(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Snapshot gone · Liaison</title>
<style>body{margin:0;font-family:system-ui,sans-serif;color:#111827;background:#f9fafb}
header{padding:14px 16px;background:#fff;border-bottom:1px solid #e5e7eb;font-weight:700;font-size:18px}
header a{color:inherit;text-decoration:none}main{display:grid;place-items:center;text-align:center;padding:64px 16px;color:#6b7280}
h1{color:#111827;font-size:22px;margin:0 0 8px}a{color:#2563eb}</style></head>
<body><header><a href="/">Liaison</a></header><main><div><h1>This snapshot is gone</h1><p>${escapeXml(message)}</p>
<p><a href="/">Open the live graph</a> · <a href="/snapshots">My snapshots</a></p></div></main></body></html>`;
}

/**
 * A 410 page for a deleted or expired snapshot link, or null to let the viewer page answer.
 * Next.js pages cannot answer 410 themselves, so the proxy asks first (one indexed lookup).
 * Database trouble also answers null: the page then shows its own error.
 */
export async function snapshotGoneResponse(pathname: string): Promise<Response | null> {
  const id = SNAPSHOT_PATH.exec(pathname)?.[1];
  if (!id) return null;
  const problem = await snapshotUnavailable(decodeURIComponent(id)).catch(() => null);
  if (!problem || problem.code !== "gone") return null;
  return new Response(page(problem.message), {
    status: 410,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
