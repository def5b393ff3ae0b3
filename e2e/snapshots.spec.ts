import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import neo4j, { type Driver } from "neo4j-driver";
import { DOWN_APP_URL } from "./env";
import { ShareSourcePage, SnapshotViewerPage } from "./pages/snapshot-page";

// A small graph of this run's own: markup in a name, evidence behind each relation.
const RUN = `e2e-snap-${Date.now()}`;
const ANA = `person:${RUN}-ana`;
const BO = `person:${RUN}-bo`;
const CO = `organization:${RUN}-co`;
const MARKUP_NAME = '<b>Bold</b> & "Co" <img src=x onerror=alert(1)>';
const MET = `met_with:${ANA}|${BO}`;
const WORKS = `works_for:${BO}|${CO}`;
const FOCUS = [ANA, BO, CO];

let driver: Driver;

test.beforeAll(async () => {
  driver = neo4j.driver(
    process.env.NEO4J_URI ?? "bolt://127.0.0.1:7688",
    neo4j.auth.basic(
      process.env.NEO4J_USER ?? "neo4j",
      process.env.NEO4J_PASSWORD ?? "liaison-test",
    ),
  );
  await driver.executeQuery(
    `CREATE (a:Entity:Person {id: $ana, name: 'Ana Ortiz', type: 'Person', aliases: ['A. Ortiz'], roles: []})
     CREATE (b:Entity:Person {id: $bo, name: 'Bo Li', type: 'Person', aliases: [], roles: []})
     CREATE (c:Entity:Organization {id: $co, name: $markup, type: 'Organization', aliases: [], roles: []})
     CREATE (a)-[:MET_WITH {id: $met, evidenceCount: 2, firstSeen: '2026-02-18', lastSeen: '2026-03-01', confidence: 0.9}]->(b)
     CREATE (b)-[:WORKS_FOR {id: $works, evidenceCount: 1, firstSeen: '2026-02-18', lastSeen: '2026-02-18', confidence: 0.8}]->(c)
     CREATE (d:Document {id: $run + '-d1', title: 'Talks in Riyadh', source: 'Reuters', publishedAt: '2026-02-18'})
     CREATE (:Evidence {id: $run + '-v1', relationId: $met, sentence: 'Ana Ortiz met Bo Li in Riyadh on Tuesday.', date: '2026-02-18'})-[:IN_DOCUMENT]->(d)
     CREATE (:Evidence {id: $run + '-v2', relationId: $met, sentence: 'Ortiz and Li met again in March.', date: '2026-03-01'})-[:IN_DOCUMENT]->(d)
     CREATE (:Evidence {id: $run + '-v3', relationId: $works, sentence: 'Bo Li works for the company.', date: '2026-02-18'})-[:IN_DOCUMENT]->(d)`,
    { ana: ANA, bo: BO, co: CO, met: MET, works: WORKS, run: RUN, markup: MARKUP_NAME },
  );
});

test.afterAll(async () => {
  await driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $run OR n.id IN $entities DETACH DELETE n`,
    { run: RUN, entities: FOCUS },
  );
  await driver.close();
});

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Parses XML with the browser's own parser: the root's name, or the parser's error. */
function parseXmlInBrowser(page: Page, text: string, type: "image/svg+xml" | "application/xml") {
  return page.evaluate(
    ([xml, mime]) => {
      const doc = new DOMParser().parseFromString(xml, mime as DOMParserSupportedType);
      const error = doc.getElementsByTagName("parsererror")[0];
      const ns = "http://graphml.graphdrawing.org/xmlns";
      return {
        error: error?.textContent ?? null,
        root: doc.documentElement.localName,
        keys: [...doc.getElementsByTagNameNS(ns, "key")].map(
          (k) =>
            `${k.getAttribute("for")}:${k.getAttribute("attr.name")}:${k.getAttribute("attr.type")}`,
        ),
        nodes: [...doc.getElementsByTagNameNS(ns, "node")].map((n) => n.getAttribute("id")),
        edgeData: [...doc.getElementsByTagNameNS(ns, "edge")].map((e) =>
          Object.fromEntries(
            [...e.getElementsByTagNameNS(ns, "data")].map((d) => [
              d.getAttribute("key"),
              d.textContent,
            ]),
          ),
        ),
        svgShapes: doc.querySelectorAll("g.nodes > g").length,
        svgLabels: [...doc.querySelectorAll("g.nodes text")].map((t) => t.textContent),
      };
    },
    [text, type] as const,
  );
}

test.describe("snapshots", () => {
  test("share a view, open the link in a fresh browser: same positions, zoom and pan; evidence from the snapshot; delete", async ({
    page,
    browser,
  }) => {
    const source = new ShareSourcePage(page);
    await source.open(FOCUS);
    const title = 'Riyadh <i>talks</i> & "aides"';
    const { link, deleteToken } = await source.share({
      title,
      note: "Who met whom <script>alert(1)</script>",
    });
    const shared = await source.state();
    await page.mouse.move(1, 1);
    await page.screenshot({ path: "test-results/screenshots/snapshots-explorer.png" });
    expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);
    expect(deleteToken.length).toBeGreaterThanOrEqual(43);
    const saved = await (await page.request.get(`/api/snapshots/${link.split("/s/")[1]}`)).json();
    expect(saved.viewport).toEqual({
      zoom: shared.zoom,
      pan: shared.pan,
      width: shared.width,
      height: shared.height,
    });

    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const viewerPage = await fresh.newPage();
    const dialogs: string[] = [];
    viewerPage.on("dialog", (d) => (dialogs.push(d.message()), d.dismiss()));
    const viewer = new SnapshotViewerPage(viewerPage);
    await viewer.open(link);
    const shown = await viewer.state();
    // The viewer shows the saved positions and zoom exactly, and they are the explorer's. The pan is
    // the saved one, moved by half the difference in canvas size so the picture keeps its centre
    // (0 when both canvases have the same size).
    expect(shown.zoom).toBe(saved.viewport.zoom);
    expect(shown.pan.x).toBeCloseTo(
      saved.viewport.pan.x + (shown.width - saved.viewport.width) / 2,
      6,
    );
    expect(shown.pan.y).toBeCloseTo(
      saved.viewport.pan.y + (shown.height - saved.viewport.height) / 2,
      6,
    );
    expect(Object.keys(shown.positions).sort()).toEqual([...FOCUS].sort());
    for (const node of saved.nodes) {
      expect(shown.positions[node.id]).toEqual(node.position);
      expect(node.position.x).toBeCloseTo(shared.positions[node.id]!.x, 2);
      expect(node.position.y).toBeCloseTo(shared.positions[node.id]!.y, 2);
    }
    await viewer.screenshot("snapshots-viewer");

    // Markup in the title, the note and a name is text, never elements.
    await expect(viewer.heading).toHaveText(title);
    await expect(viewer.heading.locator("i")).toHaveCount(0);
    await expect(viewerPage).toHaveTitle(`${title} · Liaison`);
    await expect(viewerPage.getByRole("region", { name: "Note" })).toHaveText(
      "Who met whom <script>alert(1)</script>",
    );
    await viewer.selectRelation(
      new RegExp(`Bo Li works for ${MARKUP_NAME.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    await expect(viewer.details).toContainText("Bo Li works for the company.");
    await expect(viewer.details.locator("b, img")).toHaveCount(0);
    expect(dialogs).toEqual([]);

    // Evidence comes from the snapshot alone: removing it from the graph changes nothing.
    const detach =
      "MATCH (v:Evidence) WHERE v.id STARTS WITH $run SET v.relationId = v.relationId + '-detached'";
    const reattach =
      "MATCH (v:Evidence) WHERE v.id STARTS WITH $run SET v.relationId = replace(v.relationId, '-detached', '')";
    await driver.executeQuery(detach, { run: RUN });
    try {
      await viewer.open(link);
      await viewer.selectRelation("Ana Ortiz met with Bo Li");
      await expect(viewer.details).toContainText("Ana Ortiz met Bo Li in Riyadh on Tuesday.");
      await expect(viewer.details).toContainText("Talks in Riyadh · Reuters · 2026-0");
    } finally {
      await driver.executeQuery(reattach, { run: RUN });
    }
    await viewer.screenshot("snapshots-viewer-evidence");

    const explore = await viewer.exploreLink.getAttribute("href");
    expect(explore).toBe(`/?focus=${[ANA, BO, CO].map(encodeURIComponent).join(",")}`);

    const head = await (await fresh.request.get(link)).text();
    expect(head).toContain(
      '<meta property="og:title" content="Riyadh &lt;i&gt;talks&lt;/i&gt; &amp; &quot;aides&quot;"/>',
    );
    const og = /<meta property="og:image" content="([^"]+)"/.exec(head)?.[1];
    const image = await fresh.request.get(og!.replaceAll("&amp;", "&"));
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });

    // "Explore from here" opens the live explorer on the shared entities.
    await viewer.exploreLink.click();
    await expect(viewerPage).toHaveURL(/\/\?focus=/);
    await viewerPage.waitForFunction(
      (n) =>
        ((window as unknown as { liaisonCy?: import("cytoscape").Core }).liaisonCy?.nodes()
          .length ?? 0) >= n,
      FOCUS.length,
    );
    await fresh.close();

    // My snapshots (the creating browser) lists it; deleting it makes the link answer 410.
    await page.goto("/snapshots");
    const row = page.getByRole("row", {
      name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    });
    await expect(row.getByRole("link", { name: title })).toHaveAttribute("href", link);
    page.once("dialog", (d) => d.accept());
    await row.getByRole("button", { name: `Delete ${title}` }).click();
    await expect(row).toHaveCount(0);
    const gone = await page.request.get(link);
    expect(gone.status()).toBe(410);
    expect(await gone.text()).toContain("This snapshot was deleted by its creator.");
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This snapshot is gone" })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/snapshots-gone.png" });
  });

  test("exports every format from the viewer and the explorer, and opens a snapshot file", async ({
    page,
  }) => {
    const source = new ShareSourcePage(page);
    await source.open(FOCUS);
    const fromExplorer = pngSize(await bytesOf((await source.exports.export("PNG (1×)"))[0]!));
    expect(fromExplorer.width).toBeGreaterThan(100);
    const explorerJson = JSON.parse(
      (await bytesOf((await source.exports.export("Snapshot JSON"))[0]!)).toString("utf8"),
    );
    expect([explorerJson.format, explorerJson.nodes.length, explorerJson.edges.length]).toEqual([
      "liaison-snapshot",
      3,
      2,
    ]);
    const { link } = await source.share({ title: "Export check" });

    const viewer = new SnapshotViewerPage(page);
    await viewer.open(link);

    const sizes = [];
    for (const scale of [1, 2, 4]) {
      const [png] = await viewer.exports.export(`PNG (${scale}×)`);
      expect(png!.suggestedFilename()).toBe(`export-check@${scale}x.png`);
      sizes.push(pngSize(await bytesOf(png!)));
    }
    const [one, two, four] = sizes as [
      { width: number; height: number },
      { width: number; height: number },
      { width: number; height: number },
    ];
    expect(Math.abs(two.width - 2 * one.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
    expect(Math.abs(four.width - 4 * one.width)).toBeLessThanOrEqual(4);
    expect(Math.abs(four.height - 4 * one.height)).toBeLessThanOrEqual(4);

    const svg = (await bytesOf((await viewer.exports.export("SVG"))[0]!)).toString("utf8");
    const svgDoc = await parseXmlInBrowser(page, svg, "image/svg+xml");
    expect(svgDoc.error).toBeNull();
    expect([svgDoc.root, svgDoc.svgShapes]).toEqual(["svg", 3]);
    expect(svgDoc.svgLabels).toContain(MARKUP_NAME);

    const graphml = (await bytesOf((await viewer.exports.export("GraphML"))[0]!)).toString("utf8");
    const gml = await parseXmlInBrowser(page, graphml, "application/xml");
    expect(gml.error).toBeNull();
    expect(gml.root).toBe("graphml");
    expect(gml.keys).toEqual(
      expect.arrayContaining([
        "edge:type:string",
        "edge:evidenceCount:int",
        "edge:sources:string",
        "node:type:string",
      ]),
    );
    expect(gml.nodes.sort()).toEqual([...FOCUS].sort());
    expect(gml.edgeData).toContainEqual(
      expect.objectContaining({
        etype: "met_with",
        evidenceCount: "2",
        sources: "Talks in Riyadh (Reuters)",
      }),
    );

    const cyjs = JSON.parse(
      (await bytesOf((await viewer.exports.export("Cytoscape JSON"))[0]!)).toString("utf8"),
    );
    expect([cyjs.elements.nodes.length, cyjs.elements.edges.length]).toEqual([3, 2]);

    const [nodesCsv, edgesCsv] = await viewer.exports.export("CSV (nodes and edges)", 2);
    const nodeLines = (await bytesOf(nodesCsv!)).toString("utf8").trimEnd().split("\r\n");
    expect(nodeLines[0]).toBe("id,label,type,degree,aliases,x,y");
    expect(nodeLines).toHaveLength(4);
    expect(nodeLines.join("\n")).toContain(`"<b>Bold</b> & ""Co"" <img src=x onerror=alert(1)>"`);
    const edgeLines = (await bytesOf(edgesCsv!)).toString("utf8").trimEnd().split("\r\n");
    expect(edgeLines[0]).toBe("id,source,target,type,label,evidenceCount,sources,role");
    expect(edgeLines).toHaveLength(3);

    const [snapshotFile] = await viewer.exports.export("Snapshot JSON");
    const saved = JSON.parse((await bytesOf(snapshotFile!)).toString("utf8"));
    await page.goto("/view");
    await page.getByLabel("Snapshot file").setInputFiles((await snapshotFile!.path())!);
    await expect(viewer.heading).toHaveText("Export check");
    const opened = await viewer.state();
    for (const n of saved.nodes) expect(opened.positions[n.id]).toEqual(n.position);
    await page.screenshot({ path: "test-results/screenshots/snapshots-open-file.png" });
  });

  test("bad input: 413, 400, 404, 403; expiry gives 410; database down gives 503", async ({
    request,
  }) => {
    const huge = await request.post("/api/snapshots", {
      data: { title: "x", note: "y".repeat(5 * 1024 * 1024) },
    });
    expect(huge.status()).toBe(413);
    const many = await request.post("/api/snapshots", {
      data: {
        title: "many",
        nodes: Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}` })),
        edges: [],
      },
    });
    expect(many.status()).toBe(413);
    const malformed = await request.post("/api/snapshots", { data: { title: "no viewport" } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.issues.map((i: { path: string }) => i.path)).toContain(
      "viewport",
    );
    expect((await request.get("/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA")).status()).toBe(404);
    expect((await request.get("/s/AAAAAAAAAAAAAAAAAAAAAA")).status()).toBe(404);

    const draft = {
      title: "Short-lived",
      viewport: { zoom: 1, pan: { x: 0, y: 0 } },
      style: { entities: {}, relations: {} },
      nodes: [{ id: ANA, label: "Ana", type: "Person", position: { x: 0, y: 0 } }],
      edges: [],
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    };
    const created = await request.post("/api/snapshots", { data: draft });
    expect(created.status()).toBe(201);
    const { id, deleteToken } = await created.json();
    const wrong = await request.delete(`/api/snapshots/${id}`, {
      headers: { "x-delete-token": "wrong" },
    });
    expect(wrong.status()).toBe(403);
    expect((await request.get(`/s/${id}`)).status()).toBe(200);
    await new Promise((r) => setTimeout(r, 2000));
    const expired = await request.get(`/s/${id}`);
    expect(expired.status()).toBe(410);
    expect(await expired.text()).toContain("This snapshot expired on");
    expect((await request.get(`/api/snapshots/${id}`)).status()).toBe(410);
    expect(
      (
        await request.delete(`/api/snapshots/${id}`, { headers: { "x-delete-token": deleteToken } })
      ).status(),
    ).toBe(200);

    // With the database down: 503 JSON from the API, a plain page from the viewer.
    const down = await request.get(`${DOWN_APP_URL}/api/snapshots/${id}`);
    expect([down.status(), (await down.json()).error.code]).toEqual([503, "unavailable"]);
    expect(await (await request.get(`${DOWN_APP_URL}/s/${id}`)).text()).toContain(
      "The snapshot cannot be read right now",
    );
  });
});
