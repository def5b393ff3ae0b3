"use client";
import { useEffect, useState } from "react";
import type { LiveSchema } from "@/lib/console/schema";

/** The live schema the editor completes from (GET /api/schema); null until it arrives or when it fails. */
export function useLiveSchema(): LiveSchema | null {
  const [schema, setSchema] = useState<LiveSchema | null>(null);
  useEffect(() => {
    fetch("/api/schema", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then(setSchema)
      .catch(() => setSchema(null));
  }, []);
  return schema;
}
