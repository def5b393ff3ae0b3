import type { Metadata } from "next";
import { CorrectionList } from "@/components/explorer/correction-list";

export const metadata: Metadata = { title: "Corrections · Liaison" };

/** Every correction made by hand, newest first, each undoable while in force. */
export default function CorrectionsPage() {
  return <CorrectionList />;
}
