"use client";
import { useEffect, useRef, useState } from "react";
import { EntityCombobox } from "@/components/explorer/entity-combobox";
import { Explorer } from "@/components/explorer/explorer";
import { useExplorer } from "@/components/explorer/use-explorer";
import { DatabaseBanner, HealthStatus } from "./health-status";
import { useHealth } from "./use-health";
import { WriteNotice } from "./write-notice";

/** The explorer page: header (search, links, database status), the banner when Neo4j is down, the workspace. */
export function AppShell() {
  const health = useHealth();
  const explorer = useExplorer();
  const searchInput = useRef<HTMLInputElement>(null);
  const [lastSearch, setLastSearch] = useState("");
  // A view that could not load while the database was down loads again once it is back (once per
  // return: a view failing for another reason keeps its error and its Try again button).
  const wasDown = useRef(false);
  const { load, reload } = explorer;
  useEffect(() => {
    if (health.state === "down") wasDown.current = true;
    if (health.state !== "ok" || !wasDown.current || load.state === "loading") return;
    wasDown.current = false;
    if (load.state === "error") void reload();
  }, [health.state, load.state, reload]);

  return (
    <div className="app">
      <header className="header">
        <a className="brand" href="/">
          Liaison<small>who met whom, and says who</small>
        </a>
        <div className="search" role="search">
          <EntityCombobox
            ref={searchInput}
            label="Search entities"
            placeholder="Search people, organisations, countries…  ( / )"
            onQueryChange={setLastSearch}
            onChoose={(entity) => {
              explorer.select({ kind: "node", id: entity.id });
              void explorer.expand(entity.id);
            }}
          />
        </div>
        <nav className="nav" aria-label="Main">
          <a href="/documents">Documents</a>
          <a href="/corrections">Corrections</a>
          <a href="/add">Add article</a>
          <a href="/console">Cypher console</a>
          <a href="/snapshots">My snapshots</a>
        </nav>
        <HealthStatus health={health} />
      </header>
      <DatabaseBanner health={health} />
      <WriteNotice health={health} />
      <Explorer
        explorer={explorer}
        databaseDown={health.state === "down"}
        searchInput={searchInput}
        lastSearch={lastSearch}
      />
    </div>
  );
}
