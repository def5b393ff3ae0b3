"use client";
import { useState } from "react";
import type { Preview } from "@/lib/ingest/article";
import type { Review } from "@/lib/ingest/review";
import { useHealth } from "@/components/shell/use-health";
import { WriteNotice } from "@/components/shell/write-notice";
import { ApiError, commitArticle, previewArticle, type ArticleFields } from "./api";
import { ArticleForm } from "./article-form";
import { PreviewPanel, type ReviewState } from "./preview-panel";
import styles from "./intake.module.css";

const EMPTY: ArticleFields = { text: "", title: "", publishedAt: "", source: "" };
const NO_REVIEW: ReviewState = { dropped: new Set(), edits: {} };

function toReview(state: ReviewState): Review {
  const review: Review = {
    dropRelations: [...state.dropped].sort((a, b) => a - b),
    rename: {},
    mergeInto: {},
  };
  for (const [id, edit] of Object.entries(state.edits)) {
    if (edit?.kind === "rename") review.rename[id] = edit.name;
    if (edit?.kind === "merge") review.mergeInto[id] = edit.id;
  }
  return review;
}

/** The add-an-article page: paste or upload, preview, review, commit, then open the explorer on it. */
export function AddArticle() {
  const [fields, setFields] = useState<ArticleFields>(EMPTY);
  const [preview, setPreview] = useState<{ text: string; result: Preview } | null>(null);
  const [review, setReview] = useState<ReviewState>(NO_REVIEW);
  const [busy, setBusy] = useState<"preview" | "commit" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [token, setToken] = useState("");
  const [needsToken, setNeedsToken] = useState(false);
  const health = useHealth();

  const run = async (kind: "preview" | "commit") => {
    setBusy(kind);
    setError(null);
    try {
      if (kind === "preview") {
        setPreview({ text: fields.text, result: await previewArticle(fields) });
        setReview(NO_REVIEW);
      } else {
        const result = await commitArticle(fields, toReview(review), token);
        window.location.assign(result.focus ? `/?focus=${encodeURIComponent(result.focus)}` : "/");
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setNeedsToken(true);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const stale = preview !== null && preview.text !== fields.text;
  return (
    <main className={styles.page}>
      <nav className={styles.nav}>
        <a href="/">← Back to the graph</a>
      </nav>
      <WriteNotice health={health} />
      <h1>Add an article</h1>
      <p className={styles.lead}>
        Paste an article or upload a file, check what Liaison found, then add it to the graph.
      </p>
      <ArticleForm
        fields={fields}
        onChange={setFields}
        onPreview={() => run("preview")}
        onError={setError}
        busy={busy === "preview"}
      />
      {error && (
        <p role="alert" className={styles.error} style={{ marginTop: 12 }}>
          {error}
        </p>
      )}
      {preview && (
        <>
          {preview.result.alreadyIn && (
            <p className={styles.notice} style={{ marginTop: 12 }}>
              This article is already in the graph; adding it again changes nothing.
            </p>
          )}
          {stale && (
            <p className={styles.notice} style={{ marginTop: 12 }}>
              The text changed since the preview; preview again before adding it.
            </p>
          )}
          <PreviewPanel
            text={preview.text}
            preview={preview.result}
            review={review}
            onReview={setReview}
          />
          <div className={styles.actions} style={{ marginTop: 18 }}>
            {needsToken && (
              <label className={styles.field}>
                Admin token (this server requires one for writes)
                <input
                  type="password"
                  value={token}
                  onChange={(e) => setToken(e.target.value)}
                  autoComplete="off"
                />
              </label>
            )}
            <button
              type="button"
              className={styles.primary}
              onClick={() => run("commit")}
              disabled={busy !== null || stale}
            >
              {busy === "commit" ? "Adding…" : "Add to graph"}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
