import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer-page";

const DMITRIEV = "person:kirill-dmitriev";
const WITKOFF = "person:steve-witkoff";

test.describe("explorer journeys on the sample graph", () => {
  test.beforeAll(async ({ request }) => {
    // The e2e stage seeds the sample articles through the extractor. Should that have loaded
    // nothing, write the hand-annotated sample articles (a real write, same graph model).
    const found = await (await request.get("/api/entities?q=Dmitriev")).json();
    if (found.results.length === 0)
      execFileSync("npx", ["tsx", "scripts/generate-graph.ts", "--sample"], { stdio: "inherit" });
  });

  test("opens on the most connected entities, never a blank canvas", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.waitForGraph();
    await expect(explorer.visibleEntities.getByRole("listitem")).not.toHaveCount(0);
    await expect(explorer.canvas).toHaveAccessibleName(/Graph of \d+ entities and \d+ relations/);
    await explorer.screenshot("explorer-start");
  });

  test("search Dmitriev, expand, open the edge to Witkoff and read its evidence", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.waitForGraph();

    await explorer.search.fill("Dmitriev");
    const option = explorer.suggestions.getByRole("option", { name: /Kirill Dmitriev/ });
    await expect(option).toContainText(/Person · \d+ relations/);
    await explorer.screenshot("explorer-search-suggestions");
    await option.click();
    await expect(explorer.details.getByRole("heading", { name: "Kirill Dmitriev" })).toBeVisible();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: /Kirill Dmitriev: showing \d+ of \d+ neighbours/ }),
    ).toBeVisible();
    await expect(page).toHaveURL(/focus=person:kirill-dmitriev/);
    await explorer.waitForGraph();
    await expect(explorer.entity("Steve Witkoff")).toHaveCount(1);

    const before = await explorer.visibleEntities.getByRole("listitem").count();
    await explorer.doubleClickEntity(WITKOFF);
    await expect(
      page.getByRole("status").filter({ hasText: /Steve Witkoff: showing \d+ of \d+ neighbours/ }),
    ).toBeVisible();
    await expect
      .poll(() => explorer.visibleEntities.getByRole("listitem").count())
      .toBeGreaterThan(before);
    await expect(page).toHaveURL(/focus=person:kirill-dmitriev,person:steve-witkoff/);
    await explorer.waitForGraph();
    await explorer.screenshot("explorer-expanded");

    await explorer.openPanel("List view");
    await explorer.details
      .getByRole("button", { name: /Kirill Dmitriev met with Steve Witkoff/ })
      .click();
    const evidence = explorer.details.getByRole("list", { name: "Evidence sentences" });
    await expect(evidence.getByRole("listitem").first()).toContainText(/Witkoff/);
    await expect(
      evidence
        .locator("mark")
        .filter({ hasText: /Witkoff/ })
        .first(),
    ).toBeVisible();
    await expect(evidence.getByRole("link", { name: "Read the document" }).first()).toHaveAttribute(
      "href",
      /^\/documents\/doc%3A/,
    );
    await explorer.screenshot("explorer-edge-evidence");
  });

  test("filter by relation type: the legend switches a type off, and the link keeps it", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open(`/?focus=${DMITRIEV}`);
    await explorer.waitForGraph();
    await expect(explorer.relation(/ met with /).first()).toBeAttached();
    await explorer.filters.getByRole("checkbox", { name: /met with/ }).uncheck();
    await expect(explorer.relation(/ met with /)).toHaveCount(0);
    await expect(
      explorer.relation(/ sanctioned by | envoy of | leads |, [A-Z].* of /).first(),
    ).toBeAttached();
    await expect(page).toHaveURL(/hideRelations=met_with/);
    await explorer.screenshot("explorer-filtered");
    await page.keyboard.press("Control+z");
    await expect(explorer.relation(/ met with /).first()).toBeAttached();
    await page.keyboard.press("Control+Shift+z");
    await expect(explorer.relation(/ met with /)).toHaveCount(0);

    await page.reload();
    await explorer.waitForGraph();
    await expect(explorer.filters.getByRole("checkbox", { name: /met with/ })).not.toBeChecked();
    await expect(explorer.relation(/ met with /)).toHaveCount(0);
  });

  test("find how two entities are connected, each hop with its evidence", async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await explorer.waitForGraph();
    await explorer.openPanel("Find a path");
    const panel = page.getByRole("region", { name: "Find a connection" });
    await panel.getByRole("combobox", { name: "From entity" }).fill("Marco Rubio");
    await page.getByRole("option", { name: /Marco Rubio/ }).click();
    await panel.getByRole("combobox", { name: "To entity" }).fill("Dmitriev");
    await page.getByRole("option", { name: /Kirill Dmitriev/ }).click();
    await panel.getByRole("button", { name: "Find connection" }).click();
    const hops = panel.getByRole("list", { name: "Path 1 steps" });
    await expect(hops.getByRole("listitem").first()).toBeVisible();
    await expect(hops.locator("blockquote").first()).not.toBeEmpty();
    await expect(page).toHaveURL(/path=person:marco-rubio,person:kirill-dmitriev/);
    await explorer.waitForGraph();
    await explorer.screenshot("explorer-path");

    await page.reload();
    await explorer.waitForGraph();
    await expect(explorer.entity("Marco Rubio")).toHaveCount(1);
    await expect(explorer.entity("Kirill Dmitriev")).toHaveCount(1);
  });

  test("reload, back and forward keep the view; hide and undo with the keyboard", async ({
    page,
  }) => {
    const explorer = new ExplorerPage(page);
    await explorer.open(`/?focus=${DMITRIEV}`);
    await explorer.waitForGraph();
    const shown = await explorer.visibleEntities.getByRole("listitem").count();
    await explorer.searchAndChoose("Witkoff", /Steve Witkoff/);
    await expect(page).toHaveURL(/focus=person:kirill-dmitriev,person:steve-witkoff/);
    await explorer.waitForGraph();

    await page.reload();
    await explorer.waitForGraph();
    await expect(page).toHaveURL(/focus=person:kirill-dmitriev,person:steve-witkoff/);
    const expanded = await explorer.visibleEntities.getByRole("listitem").count();
    expect(expanded).toBeGreaterThan(shown);
    await explorer.screenshot("explorer-reloaded");

    await page.goBack();
    await expect(page).toHaveURL(/focus=person:kirill-dmitriev(&|$)/);
    await expect.poll(() => explorer.visibleEntities.getByRole("listitem").count()).toBe(shown);
    await page.goForward();
    await expect.poll(() => explorer.visibleEntities.getByRole("listitem").count()).toBe(expanded);

    await explorer.openPanel("List view");
    await explorer.details.getByRole("button", { name: /^Steve Witkoff \(Person/ }).click();
    await explorer.canvas.focus();
    await page.keyboard.press("Delete");
    await expect(explorer.entity("Steve Witkoff")).toHaveCount(0);
    await page.keyboard.press("Control+z");
    await expect(explorer.entity("Steve Witkoff")).toHaveCount(1);
    await page.keyboard.press("Control+Shift+z");
    await expect(explorer.entity("Steve Witkoff")).toHaveCount(0);

    await page.keyboard.press("/");
    await expect(explorer.search).toBeFocused();
    await page.keyboard.press("Escape");
    await explorer.openPanel("Keyboard shortcuts");
    await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText(
      "Ctrl+Shift+Z",
    );
  });

  test("API: 404 for unknown ids, 400 with the zod issues for bad parameters", async ({
    request,
  }) => {
    expect((await request.get("/api/entities/person:nobody-at-all")).status()).toBe(404);
    expect((await request.get("/api/graph/neighborhood?id=person:nobody-at-all")).status()).toBe(
      404,
    );
    expect(
      (await request.get("/api/relations/met_with:person:a%7Cperson:b/evidence")).status(),
    ).toBe(404);
    expect(
      (await request.get("/api/graph/path?from=person:nobody&to=person:kirill-dmitriev")).status(),
    ).toBe(404);
    const bad = await request.get("/api/graph/neighborhood?id=x&types=likes&limit=9999");
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(["types.0", "limit"]),
    );
    expect((await request.get("/api/entities")).status()).toBe(400);
    // A dropped letter, and machine translation's "Dmitliv" (two edits from Dmitriev).
    for (const q of ["Dmitriv", "Dmitliv"]) {
      const typo = await (await request.get(`/api/entities?q=${q}`)).json();
      expect(
        typo.results.map((r: { id: string }) => r.id),
        q,
      ).toContain(DMITRIEV);
    }
  });
});
