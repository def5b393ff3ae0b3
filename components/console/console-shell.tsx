"use client";
import { useCallback, useMemo, useState } from "react";
import { DatabaseBanner, HealthStatus } from "@/components/shell/health-status";
import { useHealth } from "@/components/shell/use-health";
import type { Example } from "@/lib/console/examples";
import { paramsToText, parseParamsText } from "@/lib/console/params-text";
import type { ConsoleLimits } from "@/lib/console/settings";
import { CypherEditor } from "./cypher-editor";
import { ParamsPanel } from "./params-panel";
import { QueryMenu } from "./query-menu";
import { ResultsPanel } from "./results-panel";
import { useConsoleRun, type RunState } from "./use-console-run";
import { useHistory } from "./use-history";
import { useLiveSchema } from "./use-live-schema";
import { useShownResult, type GraphMode } from "./use-shown-result";
import styles from "./console.module.css";

/** A history entry's name: its leading `// comment` (examples have their title there), else its first line. */
function historyLabel(query: string): string {
  const first = query.trim().split("\n")[0] ?? "";
  return first.startsWith("//") ? first.replace(/^\/\/\s*/, "") : first;
}

function RunError({ run }: { run: RunState }) {
  if (run.state !== "failed") return null;
  const { failure } = run;
  const title =
    failure.status === 422
      ? "Not run"
      : failure.status === 504 || failure.status === 408
        ? "Stopped"
        : failure.reason === "cypher"
          ? "Cypher error"
          : "Error";
  return (
    <div className={styles.error} role="alert">
      <strong>{title}:</strong>{" "}
      {failure.reason === "cypher" ? (
        <pre className={styles.errorText}>{failure.message}</pre>
      ) : (
        <span>{failure.message}</span>
      )}
    </div>
  );
}

/** The Cypher console page: editor and parameters, examples and history, results below. */
export function ConsoleShell({ examples, limits }: { examples: Example[]; limits: ConsoleLimits }) {
  const health = useHealth();
  const schema = useLiveSchema();
  const history = useHistory();
  const { run, start, cancel } = useConsoleRun();
  const [query, setQuery] = useState(examples[0]?.query ?? "");
  const [paramsText, setParamsText] = useState(paramsToText(examples[0]?.params ?? {}));
  const [mode, setMode] = useState<GraphMode>("replace");
  const [paramsError, setParamsError] = useState<string | null>(null);
  const shown = useShownResult(run, mode);
  const parsed = useMemo(() => parseParamsText(paramsText), [paramsText]);

  const execute = useCallback(() => {
    if (!parsed.ok) return setParamsError(parsed.message);
    setParamsError(null);
    if (!query.trim()) return;
    history.remember(query, paramsText);
    void start(query, parsed.params);
  }, [parsed, query, paramsText, history, start]);

  const editorError =
    run.state === "failed" && run.failure.position && run.query === query
      ? { message: run.failure.message, position: run.failure.position }
      : null;
  const load = (text: string, params: string) => {
    setQuery(text);
    setParamsText(params);
  };

  return (
    <div className={styles.page}>
      <header className="header">
        <a className="brand" href="/">
          Liaison<small>who met whom, and says who</small>
        </a>
        <nav className={styles.nav} aria-label="Pages">
          <a href="/">Explorer</a>
          <a href="/console" aria-current="page">
            Cypher console
          </a>
        </nav>
        <HealthStatus health={health} />
      </header>
      <DatabaseBanner health={health} />
      <main className={styles.main}>
        <div className={styles.inputs}>
          <CypherEditor
            value={query}
            onChange={setQuery}
            onRun={execute}
            schema={schema}
            paramNames={parsed.ok ? Object.keys(parsed.params) : []}
            error={editorError}
          />
          <ParamsPanel value={paramsText} onChange={setParamsText} error={paramsError} />
        </div>
        <div className={styles.toolbar}>
          <button
            type="button"
            className={styles.runButton}
            onClick={execute}
            disabled={!query.trim()}
          >
            Run <kbd>Ctrl+Enter</kbd>
          </button>
          {run.state === "running" && (
            <button type="button" className={styles.button} onClick={cancel}>
              Cancel
            </button>
          )}
          <QueryMenu
            label="Examples"
            empty="No examples."
            items={examples.map((e) => ({
              key: e.id,
              label: e.title,
              onSelect: () => load(e.query, paramsToText(e.params)),
            }))}
          />
          <QueryMenu
            label="History"
            empty="Queries you run appear here (the last 100, kept in this browser)."
            items={history.entries.map((h) => ({
              key: `${h.at}-${h.query}`,
              label: historyLabel(h.query),
              detail: new Date(h.at).toLocaleString("en-GB"),
              onSelect: () => load(h.query, h.params),
            }))}
            footer={
              history.entries.length > 0 && (
                <button type="button" className={styles.menuClear} onClick={history.clear}>
                  Clear history
                </button>
              )
            }
          />
          <fieldset className={styles.mode}>
            <legend className="sr-only">Draw results</legend>
            {(["replace", "add"] as const).map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="graph-mode"
                  value={m}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                {m === "replace" ? "Replace the graph" : "Add to the graph"}
              </label>
            ))}
          </fieldset>
          <span className={styles.runStatus} aria-live="polite">
            {run.state === "running"
              ? "Running…"
              : `Read-only · stops after ${limits.timeoutMs / 1000} s · at most ${limits.rowCap.toLocaleString("en")} rows`}
          </span>
        </div>
        <RunError run={run} />
        {shown.result ? (
          <ResultsPanel result={shown.result} drawn={shown.graph} layoutRun={shown.layoutRun} />
        ) : (
          <div className={styles.placeholderBox}>
            <p className={styles.placeholder}>
              Write a read-only Cypher query, or pick one from Examples, and press Ctrl+Enter.
            </p>
          </div>
        )}
      </main>
    </div>
  );
}
