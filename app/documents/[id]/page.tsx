import type { Metadata } from "next";
import { DocumentPageBody } from "@/components/documents/document-page";
import styles from "@/components/intake/intake.module.css";
import { backToGraphHref } from "@/lib/view/back-link";

export const metadata: Metadata = { title: "Document · Liaison" };

/**
 * A document's text with its mentions highlighted; `?entity=<id>` picks out one entity, `#evidence-<start>`
 * the sentence a reader came for, and `?back=<explorer query>` the view "Back to the graph" returns to.
 */
export default async function DocumentPage(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ entity?: string; back?: string }>;
}) {
  const { id } = await props.params;
  const { entity, back } = await props.searchParams;
  return (
    <main className={styles.page}>
      <nav className={styles.nav}>
        <a href={backToGraphHref(back)}>← Back to the graph</a>
        <a href="/documents">All documents</a>
        <a href="/add">Add an article</a>
      </nav>
      <DocumentPageBody id={decodeURIComponent(id)} entityId={entity ?? null} />
    </main>
  );
}
