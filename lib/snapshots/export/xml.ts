/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return (
    value
      // Control characters other than tab, newline and carriage return are not allowed in XML 1.0.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("'", "&apos;")
  );
}
