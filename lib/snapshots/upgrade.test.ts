import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { SNAPSHOT_VERSION } from "./envelope";
import { sampleSnapshot } from "./sample.test-support";
import { registryStyle } from "./style";
import { parseSnapshot } from "./upgrade";

/** A prototype (version 0) saved view: a Cytoscape element dump. */
const V0_FIXTURE = {
  v: 0,
  title: "Riyadh talks",
  created: "2025-03-01T12:00:00Z",
  zoom: 0.8,
  pan: { x: 12, y: -30 },
  elements: [
    {
      group: "nodes",
      data: { id: "person:a", label: "Ana", type: "Person", degree: 2 },
      position: { x: 10, y: 20 },
    },
    {
      group: "nodes",
      data: { id: "country:c", label: "Chile", type: "Country" },
      position: { x: -5, y: 7.5 },
    },
    {
      group: "edges",
      data: {
        id: "envoy_of:person:a|country:c",
        source: "person:a",
        target: "country:c",
        type: "envoy_of",
        evidenceCount: 3,
      },
    },
  ],
};

describe("parseSnapshot", () => {
  it("upgrades a version 0 file to the current version, keeping positions, zoom and pan", () => {
    const snapshot = parseSnapshot(structuredClone(V0_FIXTURE));
    expect(snapshot.version).toBe(SNAPSHOT_VERSION);
    expect(snapshot.format).toBe("liaison-snapshot");
    expect(snapshot.createdAt).toBe("2025-03-01T12:00:00.000Z");
    expect(snapshot.viewport).toEqual({ zoom: 0.8, pan: { x: 12, y: -30 } });
    expect(snapshot.style).toEqual(registryStyle());
    expect(snapshot.nodes).toEqual([
      {
        id: "person:a",
        label: "Ana",
        type: "Person",
        degree: 2,
        aliases: [],
        position: { x: 10, y: 20 },
        classes: [],
      },
      {
        id: "country:c",
        label: "Chile",
        type: "Country",
        degree: 0,
        aliases: [],
        position: { x: -5, y: 7.5 },
        classes: [],
      },
    ]);
    expect(snapshot.edges).toEqual([
      {
        id: "envoy_of:person:a|country:c",
        source: "person:a",
        target: "country:c",
        type: "envoy_of",
        evidenceCount: 3,
        evidence: [],
        classes: [],
      },
    ]);
  });

  it("reads the current version unchanged", () => {
    const snapshot = sampleSnapshot();
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });

  it("refuses files that are not snapshots, newer versions, and broken fields, with the reason", () => {
    const reason = (raw: unknown) => {
      try {
        parseSnapshot(raw);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return `${(error as AppError).code}: ${(error as AppError).message} ${JSON.stringify((error as AppError).issues ?? [])}`;
      }
      throw new Error("expected a refusal");
    };
    expect(reason({ nodes: [] })).toMatch(/^bad_request: Not a Liaison snapshot/);
    expect(reason(null)).toMatch(/^bad_request: Not a Liaison snapshot/);
    expect(reason({ ...sampleSnapshot(), version: 99 })).toMatch(/format version 99/);
    const broken = sampleSnapshot();
    (broken.viewport as { zoom: unknown }).zoom = "big";
    expect(reason(broken)).toMatch(/"path":"viewport.zoom"/);
    expect(reason({ ...V0_FIXTURE, zoom: -1 })).toMatch(/Invalid version 0 snapshot/);
  });

  it("answers any JSON value with a snapshot or a bad_request, never another error", () => {
    const mutated = fc.record({
      path: fc.constantFrom("title", "viewport", "nodes", "edges", "style", "version"),
      value: fc.jsonValue(),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          mutated.map(({ path, value }) => ({ ...sampleSnapshot(), [path]: value })),
        ),
        (raw) => {
          try {
            parseSnapshot(raw);
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect((error as AppError).code).toBe("bad_request");
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
