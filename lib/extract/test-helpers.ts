/** Test helper: relations of a text as readable "type: Subject -> Object" lines. */
import { extraction } from "@/lib/schema/extraction";
import { extractArticle } from "./index";

export function relationsOf(text: string, publishedAt?: string): string[] {
  const x = extraction.parse(extractArticle({ text, publishedAt }));
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  return [
    ...new Set(
      x.relations.map((r) => `${r.type}: ${name.get(r.subject)} -> ${name.get(r.object)}`),
    ),
  ];
}
