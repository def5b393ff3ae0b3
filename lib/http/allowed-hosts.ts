import type { Config } from "@/lib/config";

/** Names every machine gives itself; a browser reaching one of these is on this machine. */
const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** Addresses that mean "every interface" rather than one host name people type. */
const WILDCARD_ADDRESSES = new Set(["0.0.0.0", "::", "[::]"]);

export type HostPolicy = { any: true } | { any: false; names: ReadonlySet<string> };

/** The host name of a Host header value or an allowed-hosts entry, lower case, port dropped; null when it is not one. */
export function hostName(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  // A host name or [IPv6] with an optional port; the URL parser would accept far more (paths, users).
  if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(trimmed)) return null;
  try {
    return new URL(`http://${trimmed}`).hostname;
  } catch {
    return null;
  }
}

export function isLoopback(host: string): boolean {
  const name = hostName(host) ?? host;
  return (
    name === "localhost" || name === "[::1]" || name === "::1" || /^127(\.\d{1,3}){3}$/.test(name)
  );
}

/**
 * The host names requests may carry in Host (and Origin): LIAISON_ALLOWED_HOSTS when set (`*`
 * for any), else the loopback names, the public URL's host and the address the app listens on.
 * Anything else is a page that reached this server by a name it does not own (DNS rebinding).
 */
export function hostPolicy(config: Config): HostPolicy {
  const entries = config.LIAISON_ALLOWED_HOSTS?.split(",").map((h) => h.trim()) ?? [];
  if (entries.includes("*")) return { any: true };
  const names = new Set<string>();
  const add = (value: string) => {
    const name = hostName(value);
    if (name) names.add(name);
  };
  if (entries.length > 0) entries.forEach(add);
  else {
    LOOPBACK_NAMES.forEach(add);
    if (config.LIAISON_PUBLIC_URL) names.add(new URL(config.LIAISON_PUBLIC_URL).hostname);
    const listen =
      config.LIAISON_HOST.includes(":") && !config.LIAISON_HOST.startsWith("[")
        ? `[${config.LIAISON_HOST}]`
        : config.LIAISON_HOST;
    if (!WILDCARD_ADDRESSES.has(listen)) add(listen);
  }
  return { any: false, names };
}

export function hostAllowed(policy: HostPolicy, host: string | null): boolean {
  if (!host) return false;
  const name = hostName(host);
  if (name === null) return false;
  return policy.any || policy.names.has(name);
}
