import type { Metadata } from "next";
import { DocumentList } from "@/components/documents/document-list";
import { documentListParams, listDocumentsWithCounts } from "@/lib/graph/document-list";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Documents · Liaison" };
export const dynamic = "force-dynamic";

/** Every article in the graph: searchable, sortable, with counts (`?q=&sort=&order=&page=`). */
export default async function DocumentsPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await props.searchParams;
  const params = documentListParams.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  try {
    const result = await listDocumentsWithCounts(params);
    return <DocumentList params={params} {...result} />;
  } catch (error) {
    const message =
      error instanceof AppError ? error.message : "The documents could not be loaded.";
    return <DocumentList params={params} total={0} documents={[]} error={message} />;
  }
}
