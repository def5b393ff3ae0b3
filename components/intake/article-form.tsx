"use client";
import { parseTextArticle } from "@/lib/corpus/text-article";
import type { ArticleFields } from "./api";
import styles from "./intake.module.css";

/** Reads an uploaded .txt (with optional Title/Date/Source headers) or .html file into the form. */
async function readUpload(file: File, current: ArticleFields): Promise<ArticleFields> {
  const content = await file.text();
  if (/\.html?$/i.test(file.name)) {
    const doc = new DOMParser().parseFromString(content, "text/html");
    doc.querySelectorAll("script, style, noscript").forEach((n) => n.remove());
    const blocks = [...doc.body.querySelectorAll("h1, h2, h3, p, li, blockquote")].map(
      (n) => n.textContent?.replace(/\s+/g, " ").trim() ?? "",
    );
    const text = blocks.filter(Boolean).join("\n\n") || (doc.body.textContent ?? "").trim();
    return { ...current, text, title: doc.title.trim() || current.title };
  }
  const parsed = parseTextArticle(content);
  if ("error" in parsed) throw new Error(`${file.name}: ${parsed.error}`);
  return {
    text: parsed.text,
    title: parsed.title ?? current.title,
    publishedAt: parsed.publishedAt ?? current.publishedAt,
    source: parsed.source ?? current.source,
  };
}

export function ArticleForm(props: {
  fields: ArticleFields;
  onChange: (fields: ArticleFields) => void;
  onPreview: () => void;
  onError: (message: string) => void;
  busy: boolean;
}) {
  const { fields, onChange } = props;
  const set = (key: keyof ArticleFields) => (e: { target: { value: string } }) =>
    onChange({ ...fields, [key]: e.target.value });
  return (
    <form
      className={styles.form}
      aria-label="Article"
      onSubmit={(e) => {
        e.preventDefault();
        props.onPreview();
      }}
    >
      <div className={styles.row}>
        <label className={styles.field}>
          Title
          <input value={fields.title} onChange={set("title")} maxLength={500} />
        </label>
        <label className={styles.field}>
          Date
          <input type="date" value={fields.publishedAt} onChange={set("publishedAt")} />
        </label>
        <label className={styles.field}>
          Source
          <input
            value={fields.source}
            onChange={set("source")}
            maxLength={500}
            placeholder="e.g. Reuters"
          />
        </label>
      </div>
      <label className={styles.field}>
        Article text
        <textarea
          value={fields.text}
          onChange={set("text")}
          placeholder="Paste the article here…"
        />
      </label>
      <div className={styles.actions}>
        <button
          type="submit"
          className={styles.primary}
          disabled={props.busy || fields.text.trim() === ""}
        >
          {props.busy ? "Reading…" : "Preview"}
        </button>
        <label className={styles.field}>
          Or upload a .txt or .html file
          <input
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file)
                readUpload(file, fields).then(onChange, (error: Error) =>
                  props.onError(error.message),
                );
            }}
          />
        </label>
      </div>
    </form>
  );
}
