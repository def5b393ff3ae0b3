/** The CLI's progress line: a bar, documents done, documents per second and the time left. */
export function formatProgress(
  done: number,
  total: number | null,
  elapsedSeconds: number,
  width = 24,
): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const rateText = `${rate.toFixed(rate < 10 ? 1 : 0)} docs/s`;
  if (total === null || total <= 0) return `${done} documents · ${rateText}`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const eta = rate > 0 ? formatDuration((total - done) / rate) : "?";
  return `${bar} ${done}/${total} ${(share * 100).toFixed(0)}% · ${rateText} · ETA ${eta}`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

/**
 * Draws the progress line on a terminal (rewritten in place, at most ten times a second); when
 * stderr is not a terminal, prints a plain line every few seconds instead so logs stay readable.
 */
export function progressReporter(
  total: number | null,
  stream: NodeJS.WriteStream = process.stderr,
) {
  const started = performance.now();
  let last = 0;
  const tty = Boolean(stream.isTTY);
  const interval = tty ? 100 : 5_000;
  return {
    update(done: number, force = false) {
      const now = performance.now();
      if (!force && now - last < interval) return;
      last = now;
      const line = formatProgress(done, total, (now - started) / 1000);
      stream.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
    },
    finish(done: number) {
      this.update(done, true);
      if (tty) stream.write("\n");
    },
  };
}
