"use client";
import { formatCell } from "@/lib/console/format-cell";
import type { Json } from "@/lib/neo4j/values";
import styles from "./console.module.css";

/** The rows as a table: one column per returned name, graph values named rather than dumped. */
export function ResultsTable({
  columns,
  rows,
}: {
  columns: string[];
  rows: Record<string, Json>[];
}) {
  if (rows.length === 0) return <p className={styles.placeholder}>No rows.</p>;
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table} aria-label="Result rows">
        <thead>
          <tr>
            <th scope="col" className={styles.rowNumber}>
              #
            </th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td className={styles.rowNumber}>{i + 1}</td>
              {columns.map((column) => {
                const value = row[column] ?? null;
                return (
                  <td key={column} className={value === null ? styles.null : undefined}>
                    {formatCell(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
