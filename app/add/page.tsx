import type { Metadata } from "next";
import { AddArticle } from "@/components/intake/add-article";

export const metadata: Metadata = { title: "Add an article · Liaison" };

export default function AddPage() {
  return <AddArticle />;
}
