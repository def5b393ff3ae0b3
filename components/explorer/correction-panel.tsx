"use client";
import { useEffect, useState } from "react";
import type { Correction, CorrectionKind } from "@/lib/corrections/corrections";
import { RELATIONS, relationSpec, type RelationType } from "@/lib/schema/relations";
import { formatDate } from "@/lib/view/dates";
import { ApiError } from "./api";

async function send<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { "content-type": "application/json", ...init.headers },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new ApiError(
      response.status,
      body?.error?.message ?? `The server answered ${response.status}.`,
    );
  return body as T;
}

export const correctionsApi = {
  list: (relationId: string) =>
    send<{ corrections: Correction[] }>(
      `/api/corrections?relation=${encodeURIComponent(relationId)}`,
      { method: "GET" },
    ),
  create: (body: {
    kind: CorrectionKind;
    relationId: string;
    reason: string;
    toType?: RelationType;
  }) => send<Correction>("/api/corrections", { method: "POST", body: JSON.stringify(body) }),
  undo: (id: string) =>
    send<Correction>(`/api/corrections/${encodeURIComponent(id)}`, { method: "DELETE" }),
};

/** One correction in words: "Retyped from met with by local on 8 December 2026: why". */
export function describeCorrection(c: Correction): string {
  const what =
    c.kind === "reject"
      ? "Rejected"
      : c.kind === "confirm"
        ? "Confirmed"
        : `Retyped from “${relationSpec(c.type as RelationType).label}” to “${relationSpec(c.toType as RelationType).label}”`;
  return `${what} by ${c.by} on ${formatDate(c.at)}: ${c.reason}`;
}

/**
 * The line's corrections by hand: what was changed, by whom, when and why (with Undo), and a form
 * to reject, confirm or retype it. `onChanged` gets the relation to show afterwards (null: none).
 */
export function CorrectionPanel(props: {
  relationId: string;
  type: RelationType;
  allowedTypes: RelationType[];
  onChanged: (show: string | null, notice: string) => void;
}) {
  const { relationId, type, allowedTypes, onChanged } = props;
  const [history, setHistory] = useState<Correction[]>([]);
  const [kind, setKind] = useState<CorrectionKind>("confirm");
  const [toType, setToType] = useState<RelationType | "">("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let alive = true;
    correctionsApi.list(relationId).then(
      (r) => alive && setHistory(r.corrections),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [relationId]);
  const active = history.filter((c) => !c.undoneAt);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const done = await correctionsApi.create({
        kind,
        relationId,
        reason,
        ...(kind === "retype" && toType ? { toType } : {}),
      });
      onChanged(
        done.kind === "reject" ? null : (done.toRelationId ?? relationId),
        `${describeCorrection(done)}.`,
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : "The correction failed.");
    } finally {
      setBusy(false);
    }
  };
  const undo = async (c: Correction) => {
    try {
      await correctionsApi.undo(c.id);
      onChanged(c.relationId, `Undone: ${describeCorrection(c)}.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The undo failed.");
    }
  };

  return (
    <section className="corrections" aria-label="Corrections by hand">
      {active.length > 0 && (
        <div className="corrected" role="note" aria-label="Corrected by hand">
          <strong>Corrected by hand</strong>
          <ul>
            {active.map((c) => (
              <li key={c.id}>
                {describeCorrection(c)}{" "}
                <button type="button" className="link" onClick={() => void undo(c)}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>Correct this relation</summary>
        <form onSubmit={(e) => void submit(e)}>
          <fieldset>
            <legend className="sr-only">Correction</legend>
            {(["confirm", "reject", "retype"] as const).map((k) => (
              <label key={k} className="setting">
                <input
                  type="radio"
                  name="kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />{" "}
                {k === "confirm"
                  ? "Confirm: the articles say so"
                  : k === "reject"
                    ? "Reject: the articles do not say so"
                    : "Retype: it is another relation"}
              </label>
            ))}
          </fieldset>
          {kind === "retype" && (
            <label className="field">
              Right type
              <select
                value={toType}
                onChange={(e) => setToType(e.target.value as RelationType)}
                required
              >
                <option value="">Choose…</option>
                {RELATIONS.filter((r) => r.name !== type && allowedTypes.includes(r.name)).map(
                  (r) => (
                    <option key={r.name} value={r.name}>
                      {r.label}
                    </option>
                  ),
                )}
              </select>
            </label>
          )}
          <label className="field">
            Why
            <textarea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              rows={2}
              maxLength={2000}
            />
          </label>
          {error && (
            <p role="alert" className="error-text">
              {error}
            </p>
          )}
          <button
            type="submit"
            className="primary"
            disabled={busy || !reason.trim() || (kind === "retype" && !toType)}
          >
            Save correction
          </button>
        </form>
      </details>
    </section>
  );
}
