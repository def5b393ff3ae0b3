"use client";
import type { Core } from "cytoscape";
import { captureDraft, type ShareDetails, type ViewContext } from "@/lib/snapshots/capture";
import { draftToSnapshot } from "@/lib/snapshots/local";
import { ExportMenu } from "./export-menu";
import { ShareDialog } from "./share-dialog";
import styles from "./snapshots.module.css";

export interface SnapshotActionsProps {
  /** The explorer's Cytoscape instance, or null before it has drawn. */
  getCy: () => Core | null;
  /** The state that led to this view: filters, search, focused entity ids (or the console's Cypher). */
  getContext: () => { filters: unknown; search?: string; focus?: string[]; cypher?: string };
}

/** "Share" and "Export" for the explorer's toolbar: freezes what the canvas shows. */
export function SnapshotActions({ getCy, getContext }: SnapshotActionsProps) {
  const makeDraft = (details: ShareDetails) => {
    const cy = getCy();
    return cy && cy.nodes().length
      ? captureDraft(cy, getContext() satisfies ViewContext, details)
      : null;
  };
  const getSnapshot = () => {
    const draft = makeDraft({ title: getContext().search || "Liaison view" });
    return draft ? draftToSnapshot(draft) : null;
  };
  return (
    <div className={styles.actions} role="group" aria-label="Share and export">
      <ShareDialog makeDraft={makeDraft} />
      <ExportMenu getCy={getCy} getSnapshot={getSnapshot} />
    </div>
  );
}
