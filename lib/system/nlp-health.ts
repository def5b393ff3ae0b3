import { nlpReady, nlpUrls } from "@/lib/nlp/client";

export interface NlpHealth {
  /** "up" while at least one instance answers /ready: the client passes documents to the others. */
  status: "up" | "down";
  urls: string[];
  /** The instances that did not answer /ready within a second. */
  unreachable: string[];
}

/** How long one probe of the NLP instances serves every health check. */
export const NLP_HEALTH_CACHE_MS = 3_000;

interface NlpEntry {
  at: number;
  /** The instances probed: a changed LIAISON_NLP_URL probes again at once. */
  key: string;
  answer: Promise<NlpHealth>;
}
const cache = ((
  globalThis as { __liaisonNlpHealth?: { current?: NlpEntry } }
).__liaisonNlpHealth ??= {});

/**
 * Whether the NLP service answers, from a GET /ready of each instance in LIAISON_NLP_URL at most
 * once per NLP_HEALTH_CACHE_MS; callers meanwhile share the probe in flight. Never rejects.
 */
export function checkNlp(urls = nlpUrls()): Promise<NlpHealth> {
  const key = urls.join(",");
  const current = cache.current;
  if (current?.key === key && Date.now() - current.at < NLP_HEALTH_CACHE_MS) return current.answer;
  const answer = Promise.all(urls.map((url) => nlpReady(url))).then((ready): NlpHealth => {
    const unreachable = urls.filter((_, i) => !ready[i]);
    return { status: unreachable.length < urls.length ? "up" : "down", urls, unreachable };
  });
  cache.current = { at: Date.now(), key, answer };
  return answer;
}
