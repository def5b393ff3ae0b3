"use client";
import type { HealthState } from "./use-health";

export function HealthStatus({ health }: { health: HealthState }) {
  if (health.state === "loading") {
    return (
      <div className="health" role="status" aria-label="Database status">
        <span className="dot" /> Checking database…
      </div>
    );
  }
  if (health.state === "down") {
    return (
      <div className="health" role="status" aria-label="Database status">
        <span className="dot down" /> Database unavailable
      </div>
    );
  }
  const { counts } = health;
  return (
    <div className="health" role="status" aria-label="Database status">
      <span className="dot ok" /> Neo4j {health.version} {health.edition} · {counts.entities}{" "}
      entities · {counts.relations} relations · {counts.documents} documents
      {health.nlp === "down" && (
        <>
          {" · "}
          <span title="Reading the graph works; adding articles waits for it (npm run nlp -- start)">
            NLP service down
          </span>
        </>
      )}
    </div>
  );
}

export function DatabaseBanner({ health }: { health: HealthState }) {
  if (health.state !== "down") return null;
  return (
    <div className="banner" role="alert">
      <strong>Database unavailable.</strong> {health.message} The view stays as it is; Liaison
      reconnects on its own.
    </div>
  );
}
