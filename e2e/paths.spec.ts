import { expect, type Page, test } from "@playwright/test";
import type { Driver } from "neo4j-driver";
import {
  removeReportingGraph,
  reportingGraph,
  testDriver,
  writeReportingGraph,
} from "./fixtures/reporting-graph";
import { ExplorerPage } from "./pages/explorer-page";

const g = reportingGraph("e2e-paths");
let driver: Driver;

test.beforeAll(async () => {
  driver = testDriver();
  await writeReportingGraph(driver, g);
});

test.afterAll(async () => {
  await removeReportingGraph(driver, g);
  await driver.close();
});

/** The path finder in the side panel. */
class PathFinder {
  readonly panel;
  constructor(readonly page: Page) {
    this.panel = page.getByRole("region", { name: "Find a connection" });
  }
  async choose(which: "From entity" | "To entity", query: string, name: RegExp) {
    await this.panel.getByRole("combobox", { name: which }).fill(query);
    await this.page.getByRole("option", { name }).click();
  }
  async options() {
    const summary = this.panel.locator("summary");
    if ((await this.panel.locator("details.path-options").getAttribute("open")) === null)
      await summary.click();
    return this.panel.locator("details.path-options");
  }
  async find() {
    await this.panel.getByRole("button", { name: "Find connection" }).click();
  }
  paths() {
    return this.panel
      .getByRole("list", { name: "Paths" })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading") });
  }
}

async function pathNodeTypes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { liaisonCy: import("cytoscape").Core }).liaisonCy;
    return cy.nodes(".path").map((n) => String(n.data("type")));
  });
}

test("a path keeps to the view's relation types until the options allow more; each hop shows a sentence naming both ends", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open(`/?focus=${g.rina}&hideRelations=works_for`);
  await explorer.waitForGraph();
  await explorer.openPanel("Find a path");
  const finder = new PathFinder(page);
  await finder.choose("From entity", "Rina Vale", /Rina Vale/);
  await finder.choose("To entity", "Northwind Bank", /Northwind Bank/);
  await expect(finder.panel.locator("summary")).toContainText("7 relation types");
  await finder.find();
  await expect(
    finder.panel.getByText(
      "No connection within 6 steps through what the view and the options allow.",
    ),
  ).toBeVisible();

  const options = await finder.options();
  await options.getByRole("checkbox", { name: "works for" }).check();
  await finder.find();
  await expect(finder.paths()).toHaveCount(1);
  const steps = finder.panel.getByRole("list", { name: "Path 1 steps" }).getByRole("listitem");
  await expect(steps).toHaveCount(2);
  await expect(steps.first().getByRole("button")).toHaveText("Rina Vale met with Tomas Brek");
  await expect(steps.first().locator("blockquote mark")).toHaveText([/Rina Vale/, /Tomas Brek/]);
  await expect(steps.nth(1).locator("blockquote mark")).toHaveText([
    /Tomas Brek/,
    /Northwind Bank/,
  ]);
  await explorer.screenshot("paths-options");
});

test("up to K paths ranked by evidence; people and organisations only; a minimum of evidence per step", async ({
  page,
}) => {
  // A person two steps from Dmitriev through several people or organisations, each step stated
  // twice or more, chosen from the sample graph as the extractor built it (so the test does not
  // hang on one extraction's exact output).
  const { records } = await driver.executeQuery(
    `MATCH (a:Entity {id: 'person:kirill-dmitriev'})-[r1]-(m:Entity)-[r2]-(b:Entity:Person)
     WHERE b <> a AND (m:Person OR m:Organization) AND r1.evidenceCount >= 2 AND r2.evidenceCount >= 2
       AND NOT (a)--(b)
     WITH b, count(DISTINCT m) AS via WHERE via >= 2
     RETURN b.name AS name ORDER BY via DESC, name LIMIT 1`,
  );
  expect(records, "the sample graph has a person two steps from Dmitriev by two ways").toHaveLength(
    1,
  );
  const target = String(records[0]!.get("name"));
  const explorer = new ExplorerPage(page);
  await explorer.open("/?focus=person:kirill-dmitriev");
  await explorer.waitForGraph();
  await explorer.openPanel("Find a path");
  const finder = new PathFinder(page);
  await finder.choose("From entity", "Dmitriev", /Kirill Dmitriev/);
  await finder.choose(
    "To entity",
    target,
    new RegExp(target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
  );
  const options = await finder.options();
  await options.getByRole("combobox", { name: "Up to" }).selectOption("5");
  await finder.find();
  await expect(finder.paths().first()).toBeVisible();
  const count = await finder.paths().count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(5);
  const weakest = (await finder.paths().getByRole("heading").allTextContents()).map((t) =>
    Number(/weakest step (\d+)/.exec(t)![1]),
  );
  expect(weakest).toEqual([...weakest].sort((a, b) => b - a));
  await explorer.waitForGraph();
  await explorer.screenshot("paths-ranked");

  await options.getByRole("checkbox", { name: /People and organisations only/ }).check();
  const narrowed = page.waitForResponse(
    (r) =>
      r.url().includes("/api/graph/path?") && r.url().includes("entityTypes=Person%2COrganization"),
  );
  await finder.find();
  await narrowed;
  await expect(finder.panel.locator("summary")).toContainText("people and organisations only");
  await expect(finder.paths().first()).toBeVisible();
  await expect
    .poll(async () => (await pathNodeTypes(page)).filter((t) => t === "Country" || t === "Place"))
    .toEqual([]);

  await options.getByLabel("Minimum evidence per step").fill("2");
  const answered = page.waitForResponse(
    (r) => r.url().includes("/api/graph/path?") && r.url().includes("minEvidence=2"),
  );
  await finder.find();
  await answered;
  await expect(finder.paths().first()).toBeVisible();
  const counts = await finder.panel
    .getByRole("list", { name: /Path \d+ steps/ })
    .getByRole("listitem")
    .allInnerTexts();
  for (const step of counts)
    expect(Number(/· (\d+) sentences?/.exec(step)![1])).toBeGreaterThanOrEqual(2);
  await explorer.screenshot("paths-people-min-evidence");
});
