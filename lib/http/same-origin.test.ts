import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { hostName, hostPolicy } from "./allowed-hosts";
import { publicOrigin } from "./public-origin";
import { checkHost, checkSameOrigin } from "./same-origin";

const local = parseConfig({});
const published = parseConfig({
  LIAISON_PUBLIC_URL: "https://liaison.example.org",
  LIAISON_HOST: "0.0.0.0",
});

function request(
  method: string,
  headers: Record<string, string>,
  url = "http://127.0.0.1:3000/api/x",
): Request {
  return new Request(url, { method, headers, ...(method === "POST" && { body: "{}" }) });
}

/** The host names a policy allows, sorted ("*" when any). */
function namesOf(policy: ReturnType<typeof hostPolicy>): string[] {
  return policy.any ? ["*"] : [...policy.names].sort();
}

function codeOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    return error instanceof AppError ? `${error.status} ${error.code}` : String(error);
  }
}

describe("allowed hosts", () => {
  it("by default: the loopback names, the public URL's host and a named listen address", () => {
    expect(namesOf(hostPolicy(local))).toEqual(["127.0.0.1", "[::1]", "localhost"]);
    expect(namesOf(hostPolicy(published)).includes("liaison.example.org")).toBe(true);
    expect(namesOf(hostPolicy(parseConfig({ LIAISON_HOST: "10.0.0.5" })))).toContain("10.0.0.5");
  });

  it("LIAISON_ALLOWED_HOSTS replaces them; * allows any", () => {
    const policy = hostPolicy(
      parseConfig({ LIAISON_ALLOWED_HOSTS: "graph.example.org, 10.1.1.1:3000" }),
    );
    expect(policy).toEqual({ any: false, names: new Set(["graph.example.org", "10.1.1.1"]) });
    expect(hostPolicy(parseConfig({ LIAISON_ALLOWED_HOSTS: "*" }))).toEqual({ any: true });
  });

  it.each([
    ["127.0.0.1:3000", "127.0.0.1"],
    ["LOCALHOST", "localhost"],
    ["[::1]:3000", "[::1]"],
    ["evil.example:80", "evil.example"],
    ["a b", null],
    ["user@host", null],
    ["host/path", null],
  ])("reads the host name of %s", (value, name) => {
    expect(hostName(value)).toBe(name);
  });
});

describe("checkHost (DNS rebinding)", () => {
  it.each([
    ["127.0.0.1:3000", null],
    ["localhost:3000", null],
    ["[::1]:3000", null],
    ["rebind.attacker.example:3000", "403 forbidden"],
    ["127.0.0.1.nip.io:3000", "403 forbidden"],
  ])("Host %s → %s", (host, outcome) => {
    expect(codeOf(() => checkHost(request("GET", { host }), local))).toBe(outcome);
  });

  it("takes the public URL's host when configured", () => {
    expect(
      codeOf(() => checkHost(request("GET", { host: "liaison.example.org" }), published)),
    ).toBeNull();
  });
});

describe("checkSameOrigin", () => {
  const json = { host: "127.0.0.1:3000", "content-type": "application/json" };

  it.each([
    ["the app's own page", { ...json, origin: "http://127.0.0.1:3000" }, null],
    ["a program (no Origin, no Sec-Fetch-Site)", json, null],
    [
      "a page on another port of the same machine",
      { ...json, origin: "http://127.0.0.1:3999" },
      "403 forbidden",
    ],
    ["a page on another site", { ...json, origin: "https://attacker.example" }, "403 forbidden"],
    ["a sandboxed frame (Origin: null)", { ...json, origin: "null" }, "403 forbidden"],
    [
      "a cross-site request without Origin",
      { ...json, "sec-fetch-site": "cross-site" },
      "403 forbidden",
    ],
    [
      "a same-site request from another port without Origin",
      { ...json, "sec-fetch-site": "same-site" },
      "403 forbidden",
    ],
    [
      "a text/plain body (a form or simple fetch)",
      { host: "127.0.0.1:3000", "content-type": "text/plain" },
      "415 unsupported_media_type",
    ],
    ["no content type", { host: "127.0.0.1:3000" }, "415 unsupported_media_type"],
    ["JSON with a charset", { ...json, "content-type": "application/json; charset=utf-8" }, null],
  ])("POST from %s", (_name, headers, outcome) => {
    expect(codeOf(() => checkSameOrigin(request("POST", headers), local))).toBe(outcome);
  });

  it("checks DELETE's Origin but needs no body type; GET is never refused here", () => {
    expect(
      codeOf(() =>
        checkSameOrigin(
          request("DELETE", { host: "127.0.0.1:3000", origin: "http://evil.example" }),
          local,
        ),
      ),
    ).toBe("403 forbidden");
    expect(
      codeOf(() => checkSameOrigin(request("DELETE", { host: "127.0.0.1:3000" }), local)),
    ).toBeNull();
    expect(
      codeOf(() =>
        checkSameOrigin(
          request("GET", { host: "127.0.0.1:3000", origin: "http://evil.example" }),
          local,
        ),
      ),
    ).toBeNull();
  });

  it("takes the public URL's origin (behind a proxy that rewrites Host)", () => {
    const headers = {
      host: "10.0.0.5:3000",
      origin: "https://liaison.example.org",
      "content-type": "application/json",
    };
    expect(codeOf(() => checkSameOrigin(request("POST", headers), published))).toBeNull();
  });
});

describe("publicOrigin", () => {
  it("is the public URL when configured, whatever the request says", () => {
    const r = request("POST", { host: "10.0.0.5:3000", "x-forwarded-host": "attacker.example" });
    expect(publicOrigin(r, published)).toBe("https://liaison.example.org");
  });

  it("else the request's own Host, never X-Forwarded-Host", () => {
    const r = request("POST", { host: "localhost:3000", "x-forwarded-host": "attacker.example" });
    expect(publicOrigin(r, local)).toBe("http://localhost:3000");
  });
});
