"use client";
import { useRef, useState, type FormEvent } from "react";
import type { SnapshotDraft } from "@/lib/snapshots/envelope";
import type { ShareDetails } from "@/lib/snapshots/capture";
import { rememberSnapshot } from "@/lib/snapshots/my-snapshots";
import styles from "./snapshots.module.css";

const EXPIRY_CHOICES = [
  { value: "", label: "Never" },
  { value: "1", label: "In 1 day" },
  { value: "7", label: "In 7 days" },
  { value: "30", label: "In 30 days" },
] as const;

interface Created {
  id: string;
  url: string;
  deleteToken: string;
}

type State =
  { step: "form"; error?: string } | { step: "saving" } | { step: "done"; created: Created };

function CopyField({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className={styles.copy}>
      <label>
        {label}
        <input readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button
        type="button"
        onClick={() =>
          navigator.clipboard?.writeText(value).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? "Copied" : `Copy ${label.toLowerCase()}`}
      </button>
    </div>
  );
}

async function createSnapshot(draft: SnapshotDraft): Promise<Created> {
  const response = await fetch("/api/snapshots", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(draft),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok)
    throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return body as Created;
}

/**
 * The "Share" button and its dialog: title, note, expiry; creates the snapshot and shows its link
 * and delete token once (the token is also remembered in this browser for My snapshots).
 */
export function ShareDialog({
  makeDraft,
}: {
  makeDraft: (details: ShareDetails) => SnapshotDraft | null;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<State>({ step: "form" });

  function open() {
    setState({ step: "form" });
    dialog.current?.showModal();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const days = Number(form.get("expiry") || 0);
    const details: ShareDetails = {
      title: String(form.get("title") ?? ""),
      note: String(form.get("note") ?? ""),
      expiresAt: days ? new Date(Date.now() + days * 86_400_000).toISOString() : null,
    };
    const draft = makeDraft(details);
    if (!draft)
      return setState({ step: "form", error: "There is no graph on screen to share yet." });
    setState({ step: "saving" });
    try {
      const created = await createSnapshot(draft);
      rememberSnapshot({
        ...created,
        title: details.title,
        createdAt: new Date().toISOString(),
        expiresAt: details.expiresAt ?? null,
      });
      setState({ step: "done", created });
    } catch (e) {
      setState({ step: "form", error: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <>
      <button type="button" onClick={open}>
        Share
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="share-title">
        <h2 id="share-title">Share this view</h2>
        {state.step !== "done" ? (
          <form onSubmit={submit} className={styles.form}>
            <label>
              Title
              <input name="title" required maxLength={200} autoFocus />
            </label>
            <label>
              Note
              <textarea name="note" rows={3} maxLength={5000} />
            </label>
            <label>
              Link expires
              <select name="expiry" defaultValue="">
                {EXPIRY_CHOICES.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
            {state.step === "form" && state.error && <p role="alert">{state.error}</p>}
            <div className={styles.buttons}>
              <button type="button" onClick={() => dialog.current?.close()}>
                Cancel
              </button>
              <button type="submit" disabled={state.step === "saving"}>
                {state.step === "saving" ? "Creating…" : "Create link"}
              </button>
            </div>
          </form>
        ) : (
          <div className={styles.form}>
            <p>Anyone with this link sees exactly this picture, even after the graph changes.</p>
            <CopyField label="Link" value={state.created.url} />
            <p>
              Keep the delete token: it is shown only now (this browser also keeps it under{" "}
              <a href="/snapshots">My snapshots</a>).
            </p>
            <CopyField label="Delete token" value={state.created.deleteToken} />
            <div className={styles.buttons}>
              <a href={state.created.url} target="_blank" rel="noreferrer">
                Open the snapshot
              </a>
              <button type="button" onClick={() => dialog.current?.close()}>
                Done
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
