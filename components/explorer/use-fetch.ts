"use client";
import { useEffect, useState } from "react";

export type Fetched<T> =
  | { state: "loading" }
  | { state: "ready"; data: T }
  | { state: "error"; message: string; status?: number };

/** Loads `load(key)` whenever `key` changes; stale answers are dropped. */
export function useFetch<T>(key: string | null, load: (key: string) => Promise<T>): Fetched<T> {
  const [result, setResult] = useState<Fetched<T>>({ state: "loading" });
  useEffect(() => {
    if (!key) return;
    let alive = true;
    setResult({ state: "loading" });
    load(key)
      .then((data) => alive && setResult({ state: "ready", data }))
      .catch(
        (error: Error & { status?: number }) =>
          alive && setResult({ state: "error", message: error.message, status: error.status }),
      );
    return () => {
      alive = false;
    };
  }, [key]);
  return result;
}
