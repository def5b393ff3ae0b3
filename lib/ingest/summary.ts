import type { IngestSummary } from "./ingest-stream";

/** The CLI's closing lines: documents new, unchanged and failed, what was added, and the failures. */
export function formatSummary(summary: IngestSummary): string[] {
  const { documents, added, failures, seconds } = summary;
  const total = documents.created + documents.unchanged + documents.failed;
  const lines = [
    `documents: ${documents.created} new, ${documents.unchanged} unchanged, ${documents.failed} failed (${total} in ${seconds.toFixed(1)} s)`,
    `added: ${added.entities} entities, ${added.relations} relations, ${added.evidence} evidence sentences`,
  ];
  if (failures.length > 0) {
    lines.push(`failed documents:`);
    for (const failure of failures) lines.push(`  ${failure.label}: ${failure.message}`);
  }
  return lines;
}
