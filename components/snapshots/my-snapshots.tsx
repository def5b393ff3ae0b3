"use client";
import { useEffect, useState } from "react";
import { forgetSnapshot, listMySnapshots, type MySnapshot } from "@/lib/snapshots/my-snapshots";
import styles from "./pages.module.css";

async function deleteOnServer(entry: MySnapshot): Promise<string | null> {
  const response = await fetch(`/api/snapshots/${encodeURIComponent(entry.id)}`, {
    method: "DELETE",
    headers: { "x-delete-token": entry.deleteToken },
  });
  if (response.ok || response.status === 404 || response.status === 410) return null;
  const body = await response.json().catch(() => null);
  return body?.error?.message ?? `The server answered ${response.status}.`;
}

/** The snapshots this browser created (kept in localStorage), with their links and delete. */
export function MySnapshots() {
  const [entries, setEntries] = useState<MySnapshot[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setEntries(listMySnapshots()), []);

  async function remove(entry: MySnapshot) {
    if (!window.confirm(`Delete “${entry.title}”? Its link will stop working for everyone.`))
      return;
    const failure = await deleteOnServer(entry);
    if (failure) return setError(failure);
    forgetSnapshot(entry.id);
    setEntries(listMySnapshots());
    setError(null);
  }

  return (
    <div className={styles.page}>
      <header className="header">
        <a className="brand" href="/">
          Liaison<small>my snapshots</small>
        </a>
        <a href="/view">Open a snapshot file</a>
      </header>
      <main className={styles.main}>
        <h1>My snapshots</h1>
        <p className={styles.muted}>
          The snapshots shared from this browser. Deleting one stops its link for everyone.
        </p>
        {error && <p role="alert">{error}</p>}
        {entries?.length === 0 && <p>You have not shared any snapshot from this browser yet.</p>}
        {entries && entries.length > 0 && (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Shared</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <a href={entry.url}>{entry.title}</a>
                  </td>
                  <td>{entry.createdAt.slice(0, 16).replace("T", " ")}</td>
                  <td>
                    {entry.expiresAt ? entry.expiresAt.slice(0, 16).replace("T", " ") : "never"}
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => remove(entry)}
                      aria-label={`Delete ${entry.title}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </main>
    </div>
  );
}
