import type { Snapshot, SnapshotDraft } from "./envelope";
import { registryStyle } from "./style";

/** A small view for tests: two people and a country, one symmetric and one directed relation, markup in names. */
export function sampleDraft(overrides: Partial<SnapshotDraft> = {}): SnapshotDraft {
  return {
    title: 'Envoys <b>&</b> "talks"',
    note: "Who met whom <script>alert(1)</script>",
    viewport: { zoom: 1.25, pan: { x: 310.5, y: 120 }, width: 1280, height: 745 },
    style: registryStyle(),
    query: { search: "dmitriev", focus: ["person:ana-ortiz"], filters: { types: ["met_with"] } },
    nodes: [
      {
        id: "person:ana-ortiz",
        label: '<img src=x onerror=alert(1)>Ana, "Ortiz"',
        type: "Person",
        degree: 4,
        aliases: ["A. Ortiz"],
        position: { x: 0, y: 0 },
      },
      {
        id: "person:bo-li",
        label: "Bo Li",
        type: "Person",
        degree: 1,
        aliases: [],
        position: { x: 150.25, y: 40 },
      },
      {
        id: "country:chile",
        label: "=Chile",
        type: "Country",
        degree: 9,
        aliases: [],
        position: { x: -60, y: 180.125 },
      },
    ],
    edges: [
      {
        id: "met_with:person:ana-ortiz|person:bo-li",
        source: "person:ana-ortiz",
        target: "person:bo-li",
        type: "met_with",
        evidenceCount: 2,
      },
      {
        id: "envoy_of:person:ana-ortiz|country:chile",
        source: "person:ana-ortiz",
        target: "country:chile",
        type: "envoy_of",
        evidenceCount: 1,
      },
    ],
    ...overrides,
  };
}

export function sampleSnapshot(): Snapshot {
  const draft = sampleDraft();
  return {
    format: "liaison-snapshot",
    version: 1,
    id: "AAAAAAAAAAAAAAAAAAAAAA",
    createdAt: "2026-11-30T10:00:00.000Z",
    title: draft.title,
    note: draft.note ?? "",
    expiresAt: null,
    query: draft.query ?? {},
    viewport: draft.viewport,
    style: draft.style,
    nodes: draft.nodes.map((n) => ({
      ...n,
      degree: n.degree ?? 0,
      aliases: n.aliases ?? [],
      classes: n.classes ?? [],
    })),
    edges: draft.edges.map((e) => ({
      ...e,
      evidenceCount: e.evidenceCount ?? 0,
      classes: e.classes ?? [],
      evidence:
        e.type === "met_with"
          ? [
              {
                sentence: 'Ana Ortiz met Bo Li in Riyadh, "officials" said.',
                date: "2026-02-18",
                documentId: "doc:1",
                documentTitle: "Talks in <Riyadh>",
                source: "Reuters",
                publishedAt: "2026-02-18",
              },
              {
                sentence: "They met again.",
                date: null,
                documentId: "doc:2",
                documentTitle: null,
                source: null,
                publishedAt: null,
              },
            ]
          : [],
    })),
  };
}
