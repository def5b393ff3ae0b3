import { expect, test } from "@playwright/test";
import type { Driver } from "neo4j-driver";
import {
  removeReportingGraph,
  reportingGraph,
  testDriver,
  writeReportingGraph,
} from "./fixtures/reporting-graph";
import { ExplorerPage } from "./pages/explorer-page";
import { ShareSourcePage, SnapshotViewerPage } from "./pages/snapshot-page";

const g = reportingGraph("e2e-roles");
let driver: Driver;

test.beforeAll(async () => {
  driver = testDriver();
  await writeReportingGraph(driver, g);
});

test.afterAll(async () => {
  await removeReportingGraph(driver, g);
  await driver.close();
});

test("a leads line reads as its office: on hover, in the list, the details, the legend and a snapshot", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open(`/?focus=${g.rina}`);
  await explorer.waitForGraph();

  await expect(
    explorer.relation("Rina Vale, Foreign Minister of Veloria (1 sentence, 1 document, 1 source)"),
  ).toHaveCount(1);
  expect(await explorer.elementData(g.leads)).toMatchObject({
    label: "Foreign Minister",
    role: "foreign minister",
  });
  await explorer.hoverEdge(g.leads);
  await expect.poll(() => explorer.hasClass(g.leads, "labelled")).toBe(true);
  await explorer.screenshot("roles-hover");

  await expect(explorer.filters.getByText("holds office (role on the line)")).toBeVisible();
  await explorer.openPanel("List view");
  await explorer.details
    .getByRole("button", { name: /Rina Vale, Foreign Minister of Veloria/ })
    .click();
  await expect(
    explorer.details.getByRole("heading", { name: "Rina Vale Foreign Minister of Veloria" }),
  ).toBeVisible();
  await expect(
    explorer.details.getByText("Holds the office of Foreign Minister (leads)."),
  ).toBeVisible();
  await explorer.screenshot("roles-details");

  const source = new ShareSourcePage(page);
  const { link } = await source.share({ title: "Vale's office" });
  const viewer = new SnapshotViewerPage(page);
  await viewer.open(link);
  await viewer.selectRelation("Rina Vale, Foreign Minister of Veloria");
  await expect(
    viewer.details.getByRole("heading", { name: "Rina Vale, Foreign Minister of Veloria" }),
  ).toBeVisible();
  await viewer.screenshot("roles-snapshot");
  const [, edges] = await viewer.exports.export("CSV (nodes and edges)", 2);
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync((await edges!.path())!, "utf8");
  expect(csv).toContain(
    `${g.leads},${g.rina},${g.veloria},leads,Foreign Minister,1,Vale flies to Port Sel (Wire One),foreign minister`,
  );
});

test("corroboration: counts of documents and sources, 'at least N sources', single-source lines drawn lighter, sources listed", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open(`/?focus=${g.rina},${g.tomas}`);
  await explorer.waitForGraph();

  await expect(
    explorer.relation("Rina Vale met with Tomas Brek (2 sentences, 2 documents, 2 sources)"),
  ).toHaveCount(1);
  await expect(
    explorer.relation("Tomas Brek works for Northwind Bank (1 sentence, 1 document, 1 source)"),
  ).toHaveCount(1);
  expect(await explorer.elementData(g.met)).toMatchObject({
    corroboration: "multiple",
    sourceCount: 2,
  });
  expect(await explorer.elementData(g.works)).toMatchObject({
    corroboration: "single",
    sourceCount: 1,
  });
  expect(Number(await explorer.elementStyle(g.works, "line-opacity"))).toBeLessThan(
    Number(await explorer.elementStyle(g.met, "line-opacity")),
  );
  await explorer.screenshot("corroboration-lines");

  const atLeast = explorer.filters.getByRole("slider", { name: /At least 1 source/ });
  await atLeast.fill("2");
  await expect(page).toHaveURL(/minSources=2/);
  await expect(explorer.relation(/Rina Vale met with Tomas Brek/)).toHaveCount(1);
  await expect(explorer.relation(/works for|Foreign Minister/)).toHaveCount(0);
  await expect(explorer.entity("Northwind Bank")).toHaveCount(0);
  await explorer.screenshot("corroboration-filter");

  await explorer.openPanel("List view");
  await explorer.details.getByRole("button", { name: /Rina Vale met with Tomas Brek/ }).click();
  await expect(explorer.details.getByText("2 sentences · 2 documents · 2 sources")).toBeVisible();
  const sources = explorer.details.getByRole("list", { name: "Sources" });
  await expect(sources.getByRole("listitem")).toHaveText([
    "Coast Herald (1 document)",
    "Wire One (1 document)",
  ]);
  await explorer.screenshot("corroboration-details");

  await page.reload();
  await explorer.waitForGraph();
  await expect(explorer.relation(/works for/)).toHaveCount(0);
});
