import type { Snapshot } from "./envelope";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Title and description for link previews: the title, then the note or the entities it shows. */
export function describeSnapshot(snapshot: Snapshot): { title: string; description: string } {
  const counts = `${plural(snapshot.nodes.length, "entity", "entities")} and ${plural(snapshot.edges.length, "relation", "relations")}`;
  const top = [...snapshot.nodes]
    .sort((a, b) => b.degree - a.degree)
    .slice(0, 4)
    .map((n) => n.label);
  const summary = top.length ? `${counts}, among them ${top.join(", ")}.` : `${counts}.`;
  const note = snapshot.note.trim();
  const description = note
    ? `${note.length > 200 ? `${note.slice(0, 199)}…` : note} (${counts})`
    : `A Liaison snapshot: ${summary}`;
  return { title: snapshot.title, description };
}
