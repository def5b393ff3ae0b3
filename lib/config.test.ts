import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("parseConfig", () => {
  it("defaults to the local Neo4j", () => {
    expect(parseConfig({})).toEqual({
      NEO4J_URI: "bolt://127.0.0.1:7687",
      NEO4J_USER: "neo4j",
      NEO4J_PASSWORD: "liaison-local",
      NEO4J_DATABASE: "neo4j",
      LIAISON_ADMIN_TOKEN: undefined,
      LIAISON_HOST: "127.0.0.1",
      LIAISON_PUBLIC_URL: undefined,
      LIAISON_ALLOWED_HOSTS: undefined,
    });
  });

  it.each([
    "neo4j+s://abcd1234.databases.neo4j.io",
    "neo4j://core1:7687",
    "bolt+ssc://10.1.2.3:7687",
  ])("accepts %s (Aura, clusters, TLS) with no code change", (uri) => {
    expect(parseConfig({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
  });

  it("stops on a bad URI and names the variable", () => {
    expect(() => parseConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(ConfigError);
    expect(() => parseConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(
      /NEO4J_URI: must look like/,
    );
  });

  it("names every bad variable at once", () => {
    try {
      parseConfig({
        NEO4J_DATABASE: "no spaces allowed",
        NEO4J_PASSWORD: "",
        LIAISON_ADMIN_TOKEN: "short",
      });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("NEO4J_DATABASE");
      expect(message).toContain("NEO4J_PASSWORD");
      expect(message).toContain("LIAISON_ADMIN_TOKEN");
    }
  });

  it("takes a whole number of concurrent reads, refuses anything else, and treats empty as unset", () => {
    expect(parseConfig({ LIAISON_READ_CONCURRENCY: "12" }).LIAISON_READ_CONCURRENCY).toBe(12);
    expect(parseConfig({ LIAISON_READ_CONCURRENCY: "" }).LIAISON_READ_CONCURRENCY).toBeUndefined();
    for (const bad of ["0", "2.5", "many", "5000"]) {
      expect(() => parseConfig({ LIAISON_READ_CONCURRENCY: bad }), bad).toThrow(
        /LIAISON_READ_CONCURRENCY: must/,
      );
    }
  });

  it("treats an empty admin token as unset", () => {
    expect(parseConfig({ LIAISON_ADMIN_TOKEN: "" }).LIAISON_ADMIN_TOKEN).toBeUndefined();
  });
});
