import { expect, test } from "@playwright/test";
import { DOWN_APP_URL } from "./env";
import { ExplorerPage } from "./pages/explorer-page";

test.describe("app shell", () => {
  test("shows the header, the search box and the database status", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await expect(explorer.brand).toBeVisible();
    await expect(explorer.search).toBeVisible();
    await expect(explorer.healthStatus).toContainText(/Neo4j 5\.26\.\d+ community/i);
    await expect(explorer.healthStatus).toContainText(/\d+ entities/);
    await expect(explorer.databaseBanner).toHaveCount(0);
    await explorer.screenshot("shell");
  });

  test("health answers JSON with version, edition and counts", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.neo4j.edition).toBe("community");
    expect(body.counts).toEqual(
      expect.objectContaining({
        entities: expect.any(Number),
        relations: expect.any(Number),
        documents: expect.any(Number),
      }),
    );
  });

  test("with the database down: 503 JSON with a plain message, and a banner, not a blank page", async ({
    page,
    request,
  }) => {
    const response = await request.get(`${DOWN_APP_URL}/api/health`);
    expect(response.status()).toBe(503);
    const body = await response.json();
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/not reachable/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|stack/i);

    const explorer = new ExplorerPage(page);
    await explorer.open(DOWN_APP_URL);
    await expect(explorer.databaseBanner).toBeVisible();
    await expect(explorer.brand).toBeVisible();
    await expect(explorer.healthStatus).toContainText("Database unavailable");
    await expect(
      page.getByText("The graph loads again on its own when the database is back."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
    await explorer.screenshot("shell-database-down");
  });

  test("a view that could not load while the database was down loads by itself once it is back", async ({
    page,
  }) => {
    // The real app and database; the browser sees them down (503, as the app answers then) until
    // the routes are lifted, like Neo4j stopped and started again.
    const down = {
      status: 503,
      json: {
        error: { code: "unavailable", message: "The graph database is not reachable right now." },
      },
    };
    await page.route("**/api/health", (route) => route.fulfill(down));
    await page.route("**/api/graph/**", (route) => route.fulfill(down));
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await expect(explorer.databaseBanner).toBeVisible();
    await expect(
      page.getByText("The graph loads again on its own when the database is back."),
    ).toBeVisible();

    await page.unroute("**/api/graph/**");
    await page.unroute("**/api/health");
    // The next health check (every 5 s while down) sees the database back and the view loads.
    await explorer.waitForGraph();
    await expect(explorer.databaseBanner).toHaveCount(0);
    await expect(explorer.healthStatus).toContainText(/\d+ entities/);
  });
});
