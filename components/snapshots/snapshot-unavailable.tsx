import styles from "./viewer.module.css";

/** The page for a snapshot link that leads nowhere: unknown (404), deleted or expired (410). */
export function SnapshotUnavailable({ heading, message }: { heading: string; message: string }) {
  return (
    <div className={styles.page}>
      <header className="header">
        <a className="brand" href="/">
          Liaison<small>shared snapshot</small>
        </a>
      </header>
      <main className={styles.gone}>
        <div>
          <h1>{heading}</h1>
          <p>{message}</p>
          <p>
            <a href="/">Open the live graph</a> · <a href="/snapshots">My snapshots</a>
          </p>
        </div>
      </main>
    </div>
  );
}
