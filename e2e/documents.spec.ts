import { expect, test } from "@playwright/test";
import type { Driver } from "neo4j-driver";
import {
  removeReportingGraph,
  reportingGraph,
  testDriver,
  writeReportingGraph,
} from "./fixtures/reporting-graph";
import { DocumentsPage } from "./pages/documents-page";
import { ExplorerPage } from "./pages/explorer-page";

const g = reportingGraph("e2e-docs");
let driver: Driver;

test.beforeAll(async () => {
  driver = testDriver();
  await writeReportingGraph(driver, g);
});

test.afterAll(async () => {
  await removeReportingGraph(driver, g);
  await driver.close();
});

test("/documents lists every article with counts, searchable and sortable", async ({ page }) => {
  // Counted in the database itself, and compared until both agree: the page's count may be a
  // couple of seconds old just after the previous journey removed its own articles.
  const docs = new DocumentsPage(page);
  await expect(async () => {
    const [row] = (await driver.executeQuery("MATCH (d:Document) RETURN count(d) AS n")).records;
    const documents = Number(row!.get("n"));
    await docs.open();
    await expect(docs.status).toHaveText(
      new RegExp(`^${documents.toLocaleString("en")} documents`),
      { timeout: 2_000 },
    );
  }).toPass({ timeout: 30_000 });
  await docs.screenshot("documents-list");

  await docs.searchFor("harbour");
  await expect(page).toHaveURL(/\/documents\?q=harbour/);
  await expect(docs.status).toHaveText("2 documents matching “harbour”");
  await expect(docs.row("Northwind joins the harbour talks").getByRole("cell")).toHaveText([
    "Northwind joins the harbour talks",
    "Coast Herald",
    "7 October 2025",
    "2",
    "3",
    "2",
  ]);

  await docs.sortBy("Title");
  await expect(docs.table.getByRole("columnheader", { name: /^Title/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  expect(await docs.titles()).toEqual([
    "Northwind joins the harbour talks",
    "Vale flies to Port Sel",
  ]);
  await docs.sortBy("Title");
  expect(await docs.titles()).toEqual([
    "Vale flies to Port Sel",
    "Northwind joins the harbour talks",
  ]);
  await docs.sortBy("Published");
  expect(await docs.titles()).toEqual([
    "Northwind joins the harbour talks",
    "Vale flies to Port Sel",
  ]);
  await docs.screenshot("documents-search-sorted");

  await docs.searchFor("no such words anywhere");
  await expect(docs.status).toHaveText("No document matches “no such words anywhere”.");
});

test("from a line's evidence to the article: the sentence is marked, its relations listed, its graph opens, and back returns to the view", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open(`/?focus=${g.rina}`);
  await explorer.waitForGraph();
  await explorer.openPanel("List view");
  await explorer.details.getByRole("button", { name: /Rina Vale met with Tomas Brek/ }).click();
  await expect(page).toHaveURL(/selected=met_with/);
  const viewUrl = page.url();

  const evidence = explorer.details.getByRole("list", { name: "Evidence sentences" });
  await evidence
    .getByRole("listitem")
    .filter({ hasText: "Coast Herald" })
    .getByRole("link", { name: "Read the document" })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/documents/${encodeURIComponent(g.docB)}\\?back=.*#evidence-${g.meetingStartB}$`),
  );

  const docs = new DocumentsPage(page);
  await expect(
    page.getByRole("heading", { name: "Northwind joins the harbour talks" }),
  ).toBeVisible();
  await expect(docs.arrivedNote).toContainText(
    "Rina Vale met Tomas Brek again on Tuesday, the Coast Herald learned.",
  );
  const marked = page.locator('mark[aria-current="true"]');
  await expect(marked).toHaveAttribute("id", `evidence-${g.meetingStartB}`);
  await expect(marked).toBeInViewport();
  await expect(docs.relations.getByRole("listitem")).toHaveText([
    "Tomas Brek works for Northwind Bank (1 sentence, read)",
    "Rina Vale met with Tomas Brek (1 sentence, read)",
  ]);
  await docs.screenshot("documents-arrived");

  await docs.backToGraph.click();
  await expect(page).toHaveURL(viewUrl);
  await expect(
    explorer.details.getByRole("heading", { name: /Rina Vale met with Tomas Brek/ }),
  ).toBeVisible();

  await page.goBack();
  await docs.relations.getByRole("link", { name: "Open its graph" }).click();
  await expect(page).toHaveURL(
    new RegExp(`doc=${encodeURIComponent(g.docB).replace(/%3A/g, ":")}`),
  );
  await explorer.waitForGraph();
  await expect(explorer.relation(/Rina Vale met with Tomas Brek/)).toHaveCount(1);
  await expect(explorer.relation(/Tomas Brek works for Northwind Bank/)).toHaveCount(1);
  await expect(explorer.relation(/Foreign Minister/)).toHaveCount(0);
  await explorer.screenshot("documents-graph");
});
