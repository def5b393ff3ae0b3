import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { describeWriteAccess, writeAccess } from "./write-access";

describe("writeAccess", () => {
  it.each([
    [{}, "open"],
    [{ LIAISON_HOST: "localhost" }, "open"],
    [{ LIAISON_HOST: "::1" }, "open"],
    [{ LIAISON_HOST: "0.0.0.0" }, "closed"],
    [{ LIAISON_HOST: "192.168.1.20" }, "closed"],
    [{ LIAISON_HOST: "0.0.0.0", LIAISON_OPEN_WRITES: "1" }, "open"],
    [{ LIAISON_HOST: "0.0.0.0", LIAISON_ADMIN_TOKEN: "a-token-of-16-chars" }, "token"],
    [{ LIAISON_ADMIN_TOKEN: "a-token-of-16-chars" }, "token"],
  ] as const)("%j → %s", (env, access) => {
    expect(writeAccess(parseConfig(env))).toBe(access);
  });

  it("says at start-up how to open writes when they are closed", () => {
    expect(describeWriteAccess(parseConfig({ LIAISON_HOST: "0.0.0.0" }))).toMatch(
      /read-only.*LIAISON_ADMIN_TOKEN.*LIAISON_OPEN_WRITES=1/,
    );
  });
});
