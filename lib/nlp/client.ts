/**
 * The client of Liaison's NLP service (nlp/, or any Stanford CoreNLP server): text in, CoreNLP's
 * JSON out, validated at the boundary. Documents are spread over every URL in LIAISON_NLP_URL
 * (round robin, a failed instance skipped for the next try); long texts go in pieces cut at
 * paragraph or sentence ends so no request exceeds the service's limit.
 */
import { coreNlpDocument, joinAnalyses, toAnalysis, type Analysis } from "@/lib/extract/analysis";

/** The annotators Liaison asks for (docs/extraction.md says why these). */
export const ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
const PROPERTIES = JSON.stringify({
  annotators: ANNOTATORS,
  outputFormat: "json",
  "ssplit.newlineIsSentenceBreak": "two",
  "ner.model": "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
  "ner.applyFineGrained": "false",
  "ner.applyNumericClassifiers": "false",
  "ner.useSUTime": "false",
  "depparse.extradependencies": "NONE",
});

export const DEFAULT_NLP_URL = "http://127.0.0.1:9010";
/** Characters per request; the service refuses more than 200,000. */
export const PIECE_CHARS = 50_000;
/** The longest text analysed (the API's body limit is 2 MB): beyond, a clear error, not minutes of work. */
export const MAX_TEXT_CHARS = 2_000_000;

/** A text too long to analyse in one go. */
export class NlpTextTooLongError extends Error {
  override name = "NlpTextTooLongError";
}

/** The service could not be reached or did not answer in time: a 503 for the API, a retry for the CLI. */
export class NlpUnavailableError extends Error {
  override name = "NlpUnavailableError";
}

/** The service answered, but refused the text (413, 400) or sent something that is not CoreNLP JSON. */
export class NlpRejectedError extends Error {
  override name = "NlpRejectedError";
}

export interface NlpOptions {
  urls?: string[];
  /** Per-request timeout; the service has its own per-document timeout too. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

let next = 0;

export function nlpUrls(env: Record<string, string | undefined> = process.env): string[] {
  const raw = env.LIAISON_NLP_URL?.trim();
  const urls = (raw ? raw.split(",") : [DEFAULT_NLP_URL])
    .map((u) => u.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  return urls.length ? urls : [DEFAULT_NLP_URL];
}

/** Pieces of at most `max` characters, cut after a blank line, else a sentence end, else a space. */
export function pieces(text: string, max = PIECE_CHARS): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (text.length - start > max) {
    const window = text.slice(start, start + max);
    let cut = window.lastIndexOf("\n\n");
    if (cut < max / 2) cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf(".\n"));
    if (cut < max / 2) cut = window.lastIndexOf(" ");
    const end = cut < max / 2 ? start + max : start + cut + 1;
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}

async function post(url: string, text: string, options: NlpOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 60_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(`${url}/?properties=${encodeURIComponent(PROPERTIES)}`, {
      method: "POST",
      headers: { "content-type": "text/plain; charset=utf-8" },
      body: text,
      signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const why = timeout.aborted ? "did not answer in time" : "cannot be reached";
    throw new NlpUnavailableError(`the NLP service at ${url} ${why}`, { cause: error });
  }
  if (response.status === 504) {
    await response.body?.cancel();
    throw new NlpRejectedError(
      `the NLP service gave up on the text after its per-document time limit`,
    );
  }
  if (response.status >= 500) {
    await response.body?.cancel();
    throw new NlpUnavailableError(`the NLP service at ${url} answered ${response.status}`);
  }
  if (!response.ok) {
    const body = await response.text();
    throw new NlpRejectedError(
      `the NLP service refused the text (${response.status}): ${body.slice(0, 200)}`,
    );
  }
  return response.json();
}

/** One piece, on the next instance; an unavailable instance passes the piece to the others. */
async function analysePiece(text: string, urls: string[], options: NlpOptions) {
  let last: unknown;
  for (let tried = 0; tried < urls.length; tried++) {
    const url = urls[next++ % urls.length]!;
    try {
      const parsed = coreNlpDocument.safeParse(await post(url, text, options));
      if (!parsed.success)
        throw new NlpRejectedError(
          `the NLP service at ${url} sent JSON that is not CoreNLP's: ${parsed.error.issues[0]?.message}`,
        );
      return parsed.data;
    } catch (error) {
      if (!(error instanceof NlpUnavailableError)) throw error;
      last = error;
    }
  }
  throw last;
}

const LATIN_OR_COMMON = /[\p{Script=Latin}\p{N}\p{P}\p{Zs}\n\r\t]/u;
const BLOCK = 256;

/**
 * The text with every 256-character block that is mostly not Latin-script text (binary noise, a
 * page of another script) turned into spaces, so the same offsets stay valid: the English models
 * read nothing there, and the tagger would spend seconds on it.
 */
export function blankNoise(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += BLOCK) {
    const block = text.slice(i, i + BLOCK);
    let ok = 0;
    for (const ch of block) if (LATIN_OR_COMMON.test(ch)) ok += ch.length;
    out += ok >= block.length / 2 ? block : " ".repeat(block.length);
  }
  return out;
}

/** Analyses a whole text: pieces in order, offsets of the whole text. */
export async function analyse(text: string, options: NlpOptions = {}): Promise<Analysis> {
  const urls = options.urls ?? nlpUrls();
  if (!text.trim()) return { sentences: [] };
  if (text.length > MAX_TEXT_CHARS) {
    throw new NlpTextTooLongError(
      `the text is ${text.length.toLocaleString("en")} characters long; at most ${MAX_TEXT_CHARS.toLocaleString("en")} are analysed at once: split it into articles`,
    );
  }
  const parts = pieces(blankNoise(text));
  const analysed = [];
  for (const p of parts)
    analysed.push(toAnalysis(await analysePiece(p.text, urls, options), p.start));
  return joinAnalyses(analysed);
}

/** Whether the first instance answers /ready, within a second. */
export async function nlpReady(url = nlpUrls()[0]!): Promise<boolean> {
  try {
    const r = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(1_000) });
    await r.body?.cancel();
    return r.ok;
  } catch {
    return false;
  }
}
