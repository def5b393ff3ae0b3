/**
 * Where "Back to the graph" goes: the explorer with the query string it was left at. Only a query
 * string is taken (it must start with "?"), so the link cannot be turned into one to another site.
 */
export function backToGraphHref(back: string | null | undefined): string {
  if (!back || !back.startsWith("?") || back.length > 4000 || /[\s\\]/.test(back)) return "/";
  return `/${back}`;
}

/** A link into a document that remembers the explorer view it was opened from. */
export function documentHref(
  documentId: string,
  options: { back?: string; evidenceStart?: number | null } = {},
): string {
  const query =
    options.back && options.back.startsWith("?") ? `?back=${encodeURIComponent(options.back)}` : "";
  const hash = options.evidenceStart != null ? `#evidence-${options.evidenceStart}` : "";
  return `/documents/${encodeURIComponent(documentId)}${query}${hash}`;
}
