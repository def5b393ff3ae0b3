"use client";
import { DocumentView } from "@/components/intake/document-view";
import { DocumentRelations } from "./document-relations";

/** The document page's body: the highlighted article, its entities, and the relations it states. */
export function DocumentPageBody({ id, entityId }: { id: string; entityId: string | null }) {
  return (
    <DocumentView id={id} entityId={entityId} extra={(doc) => <DocumentRelations doc={doc} />} />
  );
}
