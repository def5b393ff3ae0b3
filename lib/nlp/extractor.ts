/**
 * The extractor wired to the NLP service: what the API, the ingest and the CLIs call. The API
 * answers 503 in plain words when the service is down; the CLIs retry with backoff, then fail
 * naming the command that starts it.
 */
import { AppError } from "@/lib/errors";
import { extractWith, type ExtractFn } from "@/lib/extract";
import {
  analyse,
  MAX_TEXT_CHARS,
  NlpRejectedError,
  NlpTextTooLongError,
  NlpUnavailableError,
  nlpUrls,
  type NlpOptions,
} from "./client";

export function nlpExtractor(options: NlpOptions = {}): ExtractFn {
  return async (input) => {
    // Refused before normalising when even markup could not shrink it under the limit: a 10 MB
    // text costs seconds to clean, only to be turned down.
    if (typeof input.text === "string" && input.text.length > MAX_TEXT_CHARS * 2) {
      throw new NlpTextTooLongError(
        `the text is ${input.text.length.toLocaleString("en")} characters long; at most ${MAX_TEXT_CHARS.toLocaleString("en")} are analysed at once: split it into articles`,
      );
    }
    return extractWith((text) => analyse(text, options), input);
  };
}

/** For route handlers: the service's failures as the errors a route answers with. */
export function apiExtractor(options: NlpOptions = {}): ExtractFn {
  const extract = nlpExtractor({ timeoutMs: 60_000, ...options });
  return async (input) => {
    try {
      return await extract(input);
    } catch (error) {
      if (error instanceof NlpUnavailableError) {
        throw new AppError(
          "unavailable",
          "The language analysis service is not running, so the article cannot be read now. Start it with `npm run up` (or `npm run nlp -- start`) and try again.",
          { cause: error, retryAfter: 5 },
        );
      }
      if (error instanceof NlpTextTooLongError)
        throw new AppError("too_large", `The article is too long: ${error.message}.`, {
          cause: error,
        });
      if (error instanceof NlpRejectedError)
        throw new AppError("unprocessable", `The article could not be analysed: ${error.message}`, {
          cause: error,
        });
      throw error;
    }
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** For the CLIs: retries an unavailable service (1, 2, 4, 8 s), then says how to start it. */
export function cliExtractor(
  options: NlpOptions & { retries?: number; baseDelayMs?: number } = {},
): ExtractFn {
  const extract = nlpExtractor(options);
  const retries = options.retries ?? 4;
  const base = options.baseDelayMs ?? 1_000;
  return async (input) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await extract(input);
      } catch (error) {
        if (!(error instanceof NlpUnavailableError)) throw error;
        if (attempt >= retries) {
          throw new NlpUnavailableError(
            `${error.message} after ${retries + 1} tries. Start it with \`npm run nlp -- start\` (or \`npm run up\`), or point LIAISON_NLP_URL at a running one (now: ${(options.urls ?? nlpUrls()).join(", ")}).`,
            { cause: error },
          );
        }
        await sleep(base * 2 ** attempt);
      }
    }
  };
}
