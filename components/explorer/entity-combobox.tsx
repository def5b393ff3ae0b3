"use client";
import { forwardRef, useEffect, useId, useRef, useState } from "react";
import type { SearchResult } from "@/lib/graph/search";
import { ENTITY_STYLE } from "@/lib/schema/entity-types";
import { api } from "./api";

export interface EntityComboboxProps {
  label: string;
  placeholder?: string;
  /** Show the label visibly (forms) or only to assistive technology (the header search). */
  visibleLabel?: boolean;
  onChoose: (entity: SearchResult) => void;
  /** Keep the chosen name in the box (forms) instead of clearing it (the header search). */
  keepChoice?: boolean;
  onQueryChange?: (query: string) => void;
  /** Text already in the box (a name guessed from a stale link). */
  initialQuery?: string;
}

type Status = "idle" | "loading" | "done" | "error";

function useSuggestions(query: string) {
  const [results, setResults] = useState<SearchResult[]>([]);
  const [status, setStatus] = useState<Status>("idle");
  useEffect(() => {
    if (query.trim().length < 2) {
      setResults([]);
      setStatus("idle");
      return;
    }
    const controller = new AbortController();
    setStatus("loading");
    const timer = setTimeout(() => {
      api
        .search(query, controller.signal)
        .then((r) => {
          setResults(r);
          setStatus("done");
        })
        .catch((e) => e?.name !== "AbortError" && setStatus("error"));
    }, 140);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return { results, status };
}

/** A search box with suggestions (ARIA combobox): name, type, aliases and relation count per hit. */
export const EntityCombobox = forwardRef<HTMLInputElement, EntityComboboxProps>(
  function EntityCombobox(props, ref) {
    const {
      label,
      placeholder,
      visibleLabel = false,
      onChoose,
      keepChoice = false,
      onQueryChange,
      initialQuery = "",
    } = props;
    const [query, setQuery] = useState(initialQuery);
    const [open, setOpen] = useState(false);
    const [active, setActive] = useState(0);
    const { results, status } = useSuggestions(query);
    const listId = useId();
    const inputId = useId();
    const chosen = useRef(false);

    useEffect(() => setActive(0), [results]);

    const choose = (entity: SearchResult) => {
      chosen.current = true;
      setQuery(keepChoice ? entity.name : "");
      setOpen(false);
      onChoose(entity);
    };

    const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        setOpen(true);
        setActive((a) => Math.min(a + 1, results.length - 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
      } else if (event.key === "Enter") {
        event.preventDefault();
        const hit = results[active];
        if (hit) choose(hit);
      } else if (event.key === "Escape") {
        setOpen(false);
        if (!query) (event.target as HTMLInputElement).blur();
        setQuery("");
      }
    };

    const showList = open && query.trim().length >= 2;
    return (
      <div className="combo">
        <label htmlFor={inputId} className={visibleLabel ? "combo-label" : "sr-only"}>
          {label}
        </label>
        <input
          ref={ref}
          id={inputId}
          type="search"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
          placeholder={placeholder}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            chosen.current = false;
            setQuery(e.target.value);
            onQueryChange?.(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        {showList && (
          <ul
            id={listId}
            role="listbox"
            aria-label={`${label} suggestions`}
            className="suggestions"
          >
            {status === "loading" && results.length === 0 && <li className="hint">Searching…</li>}
            {status === "done" && results.length === 0 && (
              <li className="hint">No entity matches “{query}”.</li>
            )}
            {status === "error" && <li className="hint">Search is unavailable right now.</li>}
            {results.map((r, i) => (
              <li
                key={r.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? "active" : undefined}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(r)}
              >
                <span
                  className="type-dot"
                  style={{ background: ENTITY_STYLE[r.type].color }}
                  aria-hidden
                />
                <span className="suggestion-name">{r.name}</span>
                <span className="suggestion-meta">
                  {ENTITY_STYLE[r.type].label} · {r.degree}{" "}
                  {r.degree === 1 ? "relation" : "relations"}
                </span>
                {r.aliases.length > 0 && (
                  <span className="suggestion-aliases">
                    also {r.aliases.slice(0, 3).join(", ")}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  },
);
