import type { Config } from "@/lib/config";
import { hostName } from "./allowed-hosts";

/**
 * The origin for links the app hands out (snapshot URLs): LIAISON_PUBLIC_URL when configured,
 * else the Host the request came with (already checked against the allowed hosts). Forwarded
 * headers are never read: any client can send them, and a link must not point elsewhere.
 */
export function publicOrigin(request: Request, config: Config): string {
  if (config.LIAISON_PUBLIC_URL) return new URL(config.LIAISON_PUBLIC_URL).origin;
  const url = new URL(request.url);
  const host = request.headers.get("host") ?? "";
  return hostName(host) !== null ? `${url.protocol}//${host.toLowerCase()}` : url.origin;
}
