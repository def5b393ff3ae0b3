import { expect, test } from "@playwright/test";
import { APP_PORT } from "./env";
import { ExplorerPage, SCREENSHOTS } from "./pages/explorer-page";
import { startApp, type AppProcess } from "./server-process";

// The same build told it serves other machines (LIAISON_HOST=0.0.0.0, still bound to 127.0.0.1
// here) with no admin token: writes are off, it says so in its log and on its pages.
const PORT = APP_PORT + 2;
let app: AppProcess;

test.beforeAll(async () => {
  app = await startApp(PORT, {
    LIAISON_HOST: "0.0.0.0",
    LIAISON_ADMIN_TOKEN: "",
    LIAISON_OPEN_WRITES: "",
  });
});

test.afterAll(async () => {
  await app?.stop();
});

test.describe("listening beyond loopback without an admin token", () => {
  test("refuses writes with 403 and says how to open them, while reads work", async ({
    request,
  }) => {
    expect(app.log()).toMatch(/read-only: listening on 0\.0\.0\.0 without LIAISON_ADMIN_TOKEN/);
    const health = await request.get(`${app.url}/api/health`);
    expect(health.status()).toBe(200);
    expect((await health.json()).writes).toBe("closed");
    for (const [method, path, data] of [
      ["post", "/api/documents", { text: "Steve Witkoff met Kirill Dmitriev in Riyadh." }],
      ["post", "/api/entities/merge", { fromId: "a", intoId: "b" }],
      ["delete", "/api/documents/nothing", undefined],
      ["delete", "/api/merges/nothing", undefined],
    ] as const) {
      const response = await request[method](`${app.url}${path}`, { data });
      expect(response.status(), `${method} ${path}`).toBe(403);
      expect((await response.json()).error.message).toMatch(/Writes are off.*LIAISON_ADMIN_TOKEN/);
    }
    expect((await request.get(`${app.url}/api/documents?limit=1`)).status()).toBe(200);
    const preview = await request.post(`${app.url}/api/extract`, {
      data: { text: "Steve Witkoff met Kirill Dmitriev in Riyadh." },
    });
    expect(preview.status()).toBe(200);
  });

  test("the explorer and the add-article page show a read-only notice", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open(`${app.url}/`);
    await explorer.waitForGraph();
    const notice = page.getByRole("status", { name: "Read-only" });
    await expect(notice).toContainText("adding, deleting and merging are off");
    await page.screenshot({ path: `${SCREENSHOTS}/read-only-explorer.png` });
    await page.goto(`${app.url}/add`);
    await expect(page.getByRole("status", { name: "Read-only" })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/read-only-add.png` });
  });

  test("the usual app on loopback shows no such notice", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("status", { name: "Database status" })).toContainText(
      /\d+ entities/,
    );
    await expect(page.getByRole("status", { name: "Read-only" })).toHaveCount(0);
  });
});
