import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import neo4j, { type Driver } from "neo4j-driver";
import { ConsolePage } from "./pages/console-page";

const FOREVER = "UNWIND range(1, 100000000000) AS i WITH i WHERE i < 0 RETURN i";
let driver: Driver;

/** Console transactions still running in Neo4j (they carry metadata app = liaison-console). */
async function consoleTransactions(): Promise<number> {
  const { records } = await driver.executeQuery(
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = 'liaison-console' RETURN count(*) AS n",
  );
  return Number(records[0]!.get("n"));
}

async function graphCounts(): Promise<string> {
  const { records } = await driver.executeQuery(
    "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships",
  );
  return `${records[0]!.get("nodes")} nodes, ${records[0]!.get("relationships")} relationships`;
}

test.beforeAll(async ({ request }) => {
  driver = neo4j.driver(
    process.env.NEO4J_URI ?? "bolt://127.0.0.1:7688",
    neo4j.auth.basic(
      process.env.NEO4J_USER ?? "neo4j",
      process.env.NEO4J_PASSWORD ?? "liaison-test",
    ),
  );
  // The e2e stage seeds the sample articles through the extractor. Should that have loaded nothing,
  // write the hand-annotated sample graph (a real write, same graph model), as the explorer spec does.
  const found = await (await request.get("/api/entities?q=Dmitriev")).json();
  if (found.results.length === 0)
    execFileSync("npx", ["tsx", "scripts/generate-graph.ts", "--sample"], { stdio: "inherit" });
});

test.afterAll(async () => {
  await driver.close();
});

test.describe("Cypher console", () => {
  test("run an example with Ctrl+Enter, see it as a graph and as a table, find it in the history", async ({
    page,
  }) => {
    const consolePage = new ConsolePage(page);
    await consolePage.open();
    await expect(page.getByRole("link", { name: "Cypher console" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await consolePage.pickExample(/Who met Kirill Dmitriev/);
    await expect(consolePage.params).toHaveValue(/"name": "Dmitriev"/);
    await consolePage.runWithKeyboard();

    await expect(consolePage.summary).toContainText(/\d+ rows?/);
    await expect(consolePage.summary).toContainText(/graph: [1-9]\d* entit/);
    await expect(consolePage.tab("Graph")).toHaveAttribute("aria-selected", "true");
    await expect(consolePage.canvas).toHaveAccessibleName(
      /Result graph: [1-9]\d* entit(y|ies) and [1-9]\d* relations?/,
    );
    await page.waitForTimeout(800); // let the layout settle before the picture
    await consolePage.screenshot("console-example-graph");

    await consolePage.tab("Table").click();
    await expect(consolePage.table.getByRole("columnheader", { name: "metWith" })).toBeVisible();
    await expect(consolePage.table.getByRole("row")).not.toHaveCount(1);
    await expect(consolePage.table).toContainText("Kirill Dmitriev");
    await consolePage.screenshot("console-example-table");

    await consolePage.tab("JSON").click();
    await expect(page.getByLabel("Raw JSON")).toContainText('"columns"');

    await consolePage.history.click();
    await expect(page.getByRole("menuitem", { name: /Who met Kirill Dmitriev/ })).toBeVisible();
    await consolePage.screenshot("console-history");
    await page.keyboard.press("Escape");

    // A second example added to what is drawn: the canvas keeps the first result's entities too.
    await consolePage.tab("Graph").click();
    const first = Number(
      (await consolePage.canvas.getAttribute("aria-label"))!.match(/(\d+) entit/)![1],
    );
    await page.getByRole("radio", { name: "Add to the graph" }).check();
    await consolePage.pickExample(/Envoys and whom they represent/);
    await consolePage.runWithKeyboard();
    await expect(consolePage.summary).toContainText(/graph: [1-9]\d* entit/);
    await expect
      .poll(async () =>
        Number((await consolePage.canvas.getAttribute("aria-label"))!.match(/(\d+) entit/)![1]),
      )
      .toBeGreaterThan(first);
    await page.waitForTimeout(800);
    await consolePage.screenshot("console-added-graph");
  });

  test("a syntax error is marked at its line and column", async ({ page }) => {
    const consolePage = new ConsolePage(page);
    await consolePage.open();
    await consolePage.typeQuery("MATCH (n:Person)\nWHERE n.name = = 'Dmitriev'\nRETURN n");
    await consolePage.runButton.click();
    await expect(consolePage.alert).toContainText("Cypher error");
    await expect(consolePage.alert).toContainText("(line 2, column 16");
    await expect(consolePage.errorMark).toHaveText("=");
    await consolePage.screenshot("console-syntax-error");
  });

  test("a write is refused in plain words and changes nothing", async ({ page }) => {
    const before = await graphCounts();
    const consolePage = new ConsolePage(page);
    await consolePage.open();
    await consolePage.typeQuery("MATCH (n) DETACH DELETE n");
    await consolePage.runWithKeyboard();
    await expect(consolePage.alert).toContainText("Not run: The console only reads.");
    await consolePage.screenshot("console-refused-write");
    expect(await graphCounts()).toBe(before);
  });

  test("a new query from the page cancels the running one in Neo4j", async ({ page }) => {
    const consolePage = new ConsolePage(page);
    await consolePage.open();
    await consolePage.typeQuery(FOREVER);
    await consolePage.runWithKeyboard();
    await expect(page.getByText("Running…")).toBeVisible();
    await expect.poll(consoleTransactions, { timeout: 5000 }).toBe(1);
    await consolePage.typeQuery("RETURN 'second' AS answer");
    await consolePage.runWithKeyboard();
    await expect(consolePage.summary).toContainText("1 row");
    await expect.poll(consoleTransactions, { timeout: 2000 }).toBe(0);
  });
});

test.describe("POST /api/cypher", () => {
  test("answers columns, rows, graph and summary", async ({ request }) => {
    const response = await request.post("/api/cypher", {
      data: { query: "RETURN $n + 1 AS next", params: { n: 41 } },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      columns: ["next"],
      rows: [{ next: 42 }],
      graph: { nodes: [], edges: [] },
      summary: { rowCount: 1, truncated: false },
    });
  });

  test("refuses with 422 and bad input with 400, as {error: {code, message}}", async ({
    request,
  }) => {
    const refused = await request.post("/api/cypher", {
      data: { query: "CALL db.createLabel('Hacked')" },
    });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error).toMatchObject({
      code: "unprocessable",
      reason: "procedure",
      message: expect.stringMatching(/db\.createLabel/),
    });
    const empty = await request.post("/api/cypher", { data: { query: "  " } });
    expect(empty.status()).toBe(400);
  });

  test("stops a query that would run forever within 11 s (504) while the rest of the API answers", async ({
    request,
  }) => {
    const probes = ["/api/health", "/api/graph/overview", "/api/schema"];
    const probe = async (path: string) => {
      const probeStarted = Date.now();
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return Date.now() - probeStarted;
    };
    for (const path of probes) await probe(path); // warm: compiled routes, cached plans
    const idleMs: number[] = [];
    for (const path of probes) idleMs.push(await probe(path));
    const started = Date.now();
    const running = request.post("/api/cypher", { data: { query: FOREVER }, timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const [i, path] of probes.entries()) {
      const busyMs = await probe(path);
      expect(
        busyMs,
        `${path}: ${busyMs} ms beside the runaway query, ${idleMs[i]} ms without`,
      ).toBeLessThan(idleMs[i]! + 1000);
    }
    const response = await running;
    const elapsed = Date.now() - started;
    expect(response.status()).toBe(504);
    expect((await response.json()).error).toMatchObject({
      code: "timeout",
      message: expect.stringMatching(/limit of 10 s and was stopped/),
    });
    expect(elapsed).toBeLessThan(11_000);
    await expect.poll(consoleTransactions, { timeout: 1000 }).toBe(0);
  });
});
