import { describe, expect, it } from "vitest";
import {
  cachedPreview,
  forgetPreview,
  PREVIEW_CACHE_ENTRIES,
  rememberPreview,
} from "./preview-cache";

const png = (n: number) => ({ body: new ArrayBuffer(n), contentType: "image/png" });

describe("preview cache", () => {
  it("answers what it was given, until forgotten", () => {
    rememberPreview("AAAAAAAAAAAAAAAAAAAAAA", png(10));
    expect(cachedPreview("AAAAAAAAAAAAAAAAAAAAAA")?.body.byteLength).toBe(10);
    forgetPreview("AAAAAAAAAAAAAAAAAAAAAA");
    expect(cachedPreview("AAAAAAAAAAAAAAAAAAAAAA")).toBeUndefined();
  });

  it("lets the least recently used go first when full", () => {
    const ids = Array.from(
      { length: PREVIEW_CACHE_ENTRIES + 1 },
      (_, i) => `id-${String(i).padStart(19, "0")}`,
    );
    rememberPreview(ids[0]!, png(1));
    for (const id of ids.slice(1, -1)) rememberPreview(id, png(1));
    cachedPreview(ids[0]!); // used again: now the newest
    rememberPreview(ids.at(-1)!, png(1));
    expect(cachedPreview(ids[0]!)).toBeDefined();
    expect(cachedPreview(ids[1]!)).toBeUndefined();
  });
});
