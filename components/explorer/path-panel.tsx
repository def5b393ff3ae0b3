"use client";
import { useState } from "react";
import type { ConnectionPath, ConnectionPaths } from "@/lib/graph/path";
import type { SearchResult } from "@/lib/graph/search";
import { highlightNames } from "@/lib/view/highlight";
import { formatDate } from "@/lib/view/dates";
import type { Filters } from "@/lib/view/filters";
import { type PathOptions, pathOptionsFromFilters } from "@/lib/view/path-options";
import { relationSentence } from "@/lib/view/relation-label";
import { PathOptionsForm } from "./path-options-form";
import { EntityCombobox } from "./entity-combobox";

type Picked = { id: string; name: string } | null;

function Path({
  path,
  index,
  onSelectEdge,
}: {
  path: ConnectionPath;
  index: number;
  onSelectEdge: (id: string) => void;
}) {
  const names = new Map(path.nodes.map((n) => [n.id, n]));
  return (
    <li>
      <h3>
        Path {index + 1}: {path.hops.length} {path.hops.length === 1 ? "step" : "steps"}, weakest
        step {path.weakest} {path.weakest === 1 ? "sentence" : "sentences"}
      </h3>
      <ol className="hops" aria-label={`Path ${index + 1} steps`}>
        {path.hops.map(({ edge, evidence }) => {
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
                · {edge.evidenceCount} {edge.evidenceCount === 1 ? "sentence" : "sentences"},{" "}
                {edge.sources.length} {edge.sources.length === 1 ? "source" : "sources"}
              </span>
              {sentence && (
                <blockquote>
                  {highlightNames(sentence.sentence, [
                    a.name,
                    ...a.aliases,
                    b.name,
                    ...b.aliases,
                  ]).map((s, i) =>
                    s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
                  )}
                  <footer className="muted">
                    {sentence.document.title} · {formatDate(sentence.date)}
                  </footer>
                </blockquote>
              )}
            </li>
          );
        })}
      </ol>
    </li>
  );
}

function Paths({
  result,
  onSelectEdge,
}: {
  result: ConnectionPaths;
  onSelectEdge: (id: string) => void;
}) {
  if (result.paths.length === 0)
    return (
      <p className="muted">
        No connection within 6 steps through what the view and the options allow.
      </p>
    );
  return (
    <>
      <p>
        {result.paths.length} {result.paths.length === 1 ? "path" : "paths"}, ranked by evidence
        (the least stated step first):
      </p>
      <ol className="paths" aria-label="Paths">
        {result.paths.map((path, i) => (
          <Path
            key={path.hops.map((h) => h.edge.id).join(">")}
            path={path}
            index={i}
            onSelectEdge={onSelectEdge}
          />
        ))}
      </ol>
    </>
  );
}

/** "How is A connected to B": two entity pickers and the shortest paths, hop by hop with evidence. */
export function PathPanel(props: {
  initialFrom: Picked;
  result: ConnectionPaths | null;
  busy: boolean;
  filters: Filters;
  onFind: (from: string, to: string, options: PathOptions) => void;
  onClear: () => void;
  onSelectEdge: (id: string) => void;
}) {
  const [from, setFrom] = useState<Picked>(props.initialFrom);
  const [to, setTo] = useState<Picked>(null);
  const [options, setOptions] = useState<PathOptions>(() => pathOptionsFromFilters(props.filters));
  const pick = (set: (p: Picked) => void) => (e: SearchResult) => set({ id: e.id, name: e.name });
  return (
    <section aria-label="Find a connection">
      <h2>How are they connected?</h2>
      <div className="path-form">
        {from ? (
          <p>
            From <strong>{from.name}</strong>{" "}
            <button type="button" className="link" onClick={() => setFrom(null)}>
              change
            </button>
          </p>
        ) : (
          <EntityCombobox
            label="From entity"
            visibleLabel
            keepChoice
            placeholder="e.g. Kirill Dmitriev"
            onChoose={pick(setFrom)}
          />
        )}
        {to ? (
          <p>
            To <strong>{to.name}</strong>{" "}
            <button type="button" className="link" onClick={() => setTo(null)}>
              change
            </button>
          </p>
        ) : (
          <EntityCombobox
            label="To entity"
            visibleLabel
            keepChoice
            placeholder="e.g. Marco Rubio"
            onChoose={pick(setTo)}
          />
        )}
        <PathOptionsForm options={options} onChange={setOptions} />
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={!from || !to || from.id === to.id || props.busy}
            onClick={() => from && to && props.onFind(from.id, to.id, options)}
          >
            Find connection
          </button>
          {props.result && (
            <button type="button" onClick={props.onClear}>
              Clear path
            </button>
          )}
        </div>
      </div>
      {props.result && <Paths result={props.result} onSelectEdge={props.onSelectEdge} />}
    </section>
  );
}
