import { stat } from "node:fs/promises";

/** A problem tied to a place in an input, printed as `file:line: message`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
  ) {
    super(`${file}${line === null ? "" : `:${line}`}: ${message}`);
    this.name = "InputError";
  }
}

/**
 * Fails with an InputError when `path` is not something we can read as input, before any
 * streaming starts: a stream's ENOENT would otherwise surface later as a bare system error.
 * "-" (stdin) always passes.
 */
export async function assertReadable(
  path: string,
  kind: "file" | "file or folder" = "file",
): Promise<void> {
  if (path === "-") return;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      path,
      null,
      code === "ENOENT" ? "no such file or folder" : `cannot read (${code})`,
    );
  }
  if (info.isDirectory() && kind === "file")
    throw new InputError(path, null, "is a folder, expected a file");
}
