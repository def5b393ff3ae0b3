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
      expect.objectContaining({ entities: expect.any(Number), relations: expect.any(Number), documents: expect.any(Number) }),
    );
  });

  test("with the database down: 503 JSON with a plain message, and a banner, not a blank page", async ({ page, request }) => {
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
    await explorer.screenshot("shell-database-down");
  });
});
