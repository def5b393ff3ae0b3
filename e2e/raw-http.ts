import http from "node:http";
import { APP_PORT } from "./env";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: unknown;
}

export interface RawRequest {
  method?: string;
  /** Sent as it is: no normalisation, so malformed percent-encoding reaches the server. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  port?: number;
}

/** One HTTP request with exactly the path and headers given (fetch and Playwright would clean them up). */
export function rawRequest({
  method = "GET",
  path,
  headers = {},
  body,
  port = APP_PORT,
}: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: { host: `127.0.0.1:${port}`, ...headers },
        timeout: 30_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown = undefined;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON: the caller's assertion says so
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
        });
      },
    );
    request.on("error", reject);
    request.on("timeout", () => request.destroy(new Error(`${method} ${path} timed out`)));
    if (body !== undefined) request.write(body);
    request.end();
  });
}
