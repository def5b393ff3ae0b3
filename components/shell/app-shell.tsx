"use client";
import { useRef, useState } from "react";
import { EntityCombobox } from "@/components/explorer/entity-combobox";
import { Explorer } from "@/components/explorer/explorer";
import { useExplorer } from "@/components/explorer/use-explorer";
import { DatabaseBanner, HealthStatus } from "./health-status";
import { useHealth } from "./use-health";

/** The explorer page: header (search, links, database status), the banner when Neo4j is down, the workspace. */
export function AppShell() {
  const health = useHealth();
  const explorer = useExplorer();
  const searchInput = useRef<HTMLInputElement>(null);
  const [lastSearch, setLastSearch] = useState("");

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
          <a href="/add">Add article</a>
          <a href="/console">Cypher console</a>
          <a href="/snapshots">My snapshots</a>
        </nav>
        <HealthStatus health={health} />
      </header>
      <DatabaseBanner health={health} />
      <Explorer explorer={explorer} databaseDown={health.state === "down"} searchInput={searchInput} lastSearch={lastSearch} />
    </div>
  );
}
