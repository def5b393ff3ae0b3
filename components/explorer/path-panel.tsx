"use client";
import { useState } from "react";
import type { ConnectionPaths } from "@/lib/graph/path";
import type { SearchResult } from "@/lib/graph/search";
import { highlightNames } from "@/lib/view/highlight";
import { relationSentence } from "@/lib/view/relation-label";
import { EntityCombobox } from "./entity-combobox";

type Picked = { id: string; name: string } | null;

function Hops({ result, onSelectEdge }: { result: ConnectionPaths; onSelectEdge: (id: string) => void }) {
  const [first] = result.paths;
  if (!first) return <p className="muted">No connection within 6 steps.</p>;
  const names = new Map(first.nodes.map((n) => [n.id, n]));
  return (
    <>
      <p>
        {result.paths.length} shortest {result.paths.length === 1 ? "path" : "paths"} of {result.length} {result.length === 1 ? "step" : "steps"}
        {result.paths.length > 1 ? "; the first:" : ":"}
      </p>
      <ol className="hops" aria-label="Path steps">
        {first.hops.map(({ edge, evidence }) => {
          const a = names.get(edge.source)!;
          const b = names.get(edge.target)!;
          const sentence = evidence[0];
          return (
            <li key={edge.id}>
              <button type="button" className="link" onClick={() => onSelectEdge(edge.id)}>
                {relationSentence(edge.type, edge.role, a.name, b.name)}
              </button>
              <span className="muted">
                {" "}
                · {edge.evidenceCount} {edge.evidenceCount === 1 ? "sentence" : "sentences"}, {edge.sources.length} {edge.sources.length === 1 ? "source" : "sources"}
              </span>
              {sentence && (
                <blockquote>
                  {highlightNames(sentence.sentence, [a.name, ...a.aliases, b.name, ...b.aliases]).map((s, i) =>
                    s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
                  )}
                  <footer className="muted">{sentence.document.title} · {sentence.date}</footer>
                </blockquote>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** "How is A connected to B": two entity pickers and the shortest paths, hop by hop with evidence. */
export function PathPanel(props: {
  initialFrom: Picked;
  result: ConnectionPaths | null;
  busy: boolean;
  onFind: (from: string, to: string) => void;
  onClear: () => void;
  onSelectEdge: (id: string) => void;
}) {
  const [from, setFrom] = useState<Picked>(props.initialFrom);
  const [to, setTo] = useState<Picked>(null);
  const pick = (set: (p: Picked) => void) => (e: SearchResult) => set({ id: e.id, name: e.name });
  return (
    <section aria-label="Find a connection">
      <h2>How are they connected?</h2>
      <div className="path-form">
        {from ? (
          <p>
            From <strong>{from.name}</strong>{" "}
            <button type="button" className="link" onClick={() => setFrom(null)}>change</button>
          </p>
        ) : (
          <EntityCombobox label="From entity" visibleLabel keepChoice placeholder="e.g. Kirill Dmitriev" onChoose={pick(setFrom)} />
        )}
        {to ? (
          <p>
            To <strong>{to.name}</strong>{" "}
            <button type="button" className="link" onClick={() => setTo(null)}>change</button>
          </p>
        ) : (
          <EntityCombobox label="To entity" visibleLabel keepChoice placeholder="e.g. Marco Rubio" onChoose={pick(setTo)} />
        )}
        <div className="button-row">
          <button type="button" className="primary" disabled={!from || !to || from.id === to.id || props.busy} onClick={() => from && to && props.onFind(from.id, to.id)}>
            Find connection
          </button>
          {props.result && (
            <button type="button" onClick={props.onClear}>
              Clear path
            </button>
          )}
        </div>
      </div>
      {props.result && <Hops result={props.result} onSelectEdge={props.onSelectEdge} />}
    </section>
  );
}
