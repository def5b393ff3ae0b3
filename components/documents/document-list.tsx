import {
  type DocumentListParams,
  type DocumentSort,
  DOCUMENTS_PER_PAGE,
  defaultOrder,
  type ListedDocument,
} from "@/lib/graph/document-list";
import { formatDate } from "@/lib/view/dates";
import styles from "./documents.module.css";

const COLUMNS: { sort: DocumentSort; label: string; numeric?: boolean }[] = [
  { sort: "title", label: "Title" },
  { sort: "source", label: "Source" },
  { sort: "date", label: "Published" },
  { sort: "relations", label: "Relations", numeric: true },
  { sort: "entities", label: "Entities", numeric: true },
  { sort: "evidence", label: "Sentences", numeric: true },
];

function href(params: DocumentListParams, change: Partial<DocumentListParams>): string {
  const next = { ...params, ...change };
  const p = new URLSearchParams();
  if (next.q) p.set("q", next.q);
  if (next.sort !== "date") p.set("sort", next.sort);
  if (next.order && next.order !== defaultOrder(next.sort)) p.set("order", next.order);
  if (next.page > 1) p.set("page", String(next.page));
  const query = p.toString();
  return query ? `/documents?${query}` : "/documents";
}

function SortHeader({
  column,
  params,
}: {
  column: (typeof COLUMNS)[number];
  params: DocumentListParams;
}) {
  const active = params.sort === column.sort;
  const order = params.order ?? defaultOrder(params.sort);
  const next = active ? (order === "asc" ? "desc" : "asc") : defaultOrder(column.sort);
  return (
    <th
      scope="col"
      aria-sort={active ? (order === "asc" ? "ascending" : "descending") : "none"}
      className={column.numeric ? styles.numeric : undefined}
    >
      <a href={href(params, { sort: column.sort, order: next, page: 1 })}>
        {column.label}
        {active && <span aria-hidden>{order === "asc" ? " ▲" : " ▼"}</span>}
      </a>
    </th>
  );
}

/** The /documents page: a search box, a table sortable by each column, and pages of 50. */
export function DocumentList(props: {
  params: DocumentListParams;
  total: number;
  documents: ListedDocument[];
  error?: string;
}) {
  const { params, total, documents, error } = props;
  const pages = Math.max(1, Math.ceil(total / DOCUMENTS_PER_PAGE));
  const first = (params.page - 1) * DOCUMENTS_PER_PAGE + 1;
  return (
    <main className={styles.page}>
      <nav className={styles.nav} aria-label="Documents navigation">
        <a href="/">← Back to the graph</a>
        <a href="/add">Add an article</a>
      </nav>
      <h1>Documents</h1>
      <form role="search" className={styles.search} action="/documents">
        <label htmlFor="documents-q">Search titles, sources and text</label>
        <input id="documents-q" name="q" type="search" defaultValue={params.q} />
        {params.sort !== "date" && <input type="hidden" name="sort" value={params.sort} />}
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      <p className={styles.meta} role="status">
        {total === 0
          ? params.q
            ? `No document matches “${params.q}”.`
            : "No documents yet."
          : `${total.toLocaleString("en")} ${total === 1 ? "document" : "documents"}${params.q ? ` matching “${params.q}”` : ""}${pages > 1 ? `, ${first}–${Math.min(total, first + documents.length - 1)} shown` : ""}`}
      </p>
      {documents.length > 0 && (
        <table className={styles.table} aria-label="Documents">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <SortHeader key={c.sort} column={c} params={params} />
              ))}
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id}>
                <td>
                  <a href={`/documents/${encodeURIComponent(d.id)}`}>
                    {d.title ?? "Untitled document"}
                  </a>
                </td>
                <td>{d.source ?? "—"}</td>
                <td className={styles.date}>{formatDate(d.publishedAt) ?? "undated"}</td>
                <td className={styles.numeric}>{d.relations}</td>
                <td className={styles.numeric}>{d.entities}</td>
                <td className={styles.numeric}>{d.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav className={styles.pager} aria-label="Pages">
          {params.page > 1 && <a href={href(params, { page: params.page - 1 })}>← Previous</a>}
          <span>
            Page {params.page} of {pages}
          </span>
          {params.page < pages && <a href={href(params, { page: params.page + 1 })}>Next →</a>}
        </nav>
      )}
    </main>
  );
}
