import type { Metadata } from "next";
import { DocumentView } from "@/components/intake/document-view";
import styles from "@/components/intake/intake.module.css";

export const metadata: Metadata = { title: "Document · Liaison" };

/** A document's text with its mentions highlighted; `?entity=<id>` picks out one entity. */
export default async function DocumentPage(props: { params: Promise<{ id: string }>; searchParams: Promise<{ entity?: string }> }) {
  const { id } = await props.params;
  const { entity } = await props.searchParams;
  return (
    <main className={styles.page}>
      <nav className={styles.nav}>
        <a href="/">← Back to the graph</a>
        <a href="/add">Add an article</a>
      </nav>
      <DocumentView id={decodeURIComponent(id)} entityId={entity ?? null} />
    </main>
  );
}
