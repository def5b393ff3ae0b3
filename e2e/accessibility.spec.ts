import { expect, test } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer-page";

const DMITRIEV = "person:kirill-dmitriev";

test("relation types differ without colour: dash pattern and end marker, on the canvas and in the legend", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open(`/?focus=${DMITRIEV}`);
  await explorer.waitForGraph();
  const legend = await explorer.filters
    .getByRole("group", { name: "Relations" })
    .locator("label")
    .evaluateAll((labels) =>
      labels.map((l) => {
        const svg = l.querySelector("svg.relation-swatch")!;
        const marker = [...svg.children]
          .slice(1)
          .map((c) => c.tagName + (c.getAttribute("points") ?? c.getAttribute("d") ?? ""));
        return `${svg.querySelector("line")!.getAttribute("stroke-dasharray") ?? "solid"} ${marker.join("")}`;
      }),
    );
  expect(legend).toHaveLength(8);
  expect(new Set(legend).size).toBe(8);
  const drawn = await page.evaluate(() => {
    const cy = (window as unknown as { liaisonCy: import("cytoscape").Core }).liaisonCy;
    const byType = new Map<string, string>();
    cy.edges().forEach((e) => {
      byType.set(
        String(e.data("type")),
        `${e.style("line-style")} ${e.style("line-dash-pattern")} ${e.style("target-arrow-shape")}`,
      );
    });
    return [...byType.entries()];
  });
  expect(drawn.length).toBeGreaterThan(2);
  expect(new Set(drawn.map(([, look]) => look)).size).toBe(drawn.length);
  await explorer.screenshot("a11y-legend-patterns");
});

test("at 720 px wide (200% zoom) the details go under the canvas and the legend starts closed", async ({
  page,
}) => {
  await page.setViewportSize({ width: 720, height: 800 });
  const explorer = new ExplorerPage(page);
  await explorer.open(`/?focus=${DMITRIEV}&selected=${DMITRIEV}`);
  await explorer.waitForGraph();
  await expect(explorer.filters).toHaveCount(0);
  const canvas = (await explorer.canvas.boundingBox())!;
  const details = (await explorer.details.boundingBox())!;
  expect(canvas.width).toBeGreaterThan(680);
  expect(details.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(720);
  await explorer.screenshot("a11y-720-closed");
  await explorer.openPanel("Filters");
  await expect(explorer.filters).toBeVisible();
  await explorer.screenshot("a11y-720-legend");
  await page.keyboard.press("Escape"); // the selection first, then the legend
  await expect(explorer.details.getByRole("heading", { name: "Explore" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(explorer.filters).toHaveCount(0);
});

test("Esc closes one panel at a time; arrows move between neighbours and E expands, from the keyboard alone", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open(`/?focus=${DMITRIEV}`);
  await explorer.waitForGraph();

  await explorer.openPanel("Keyboard shortcuts");
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText(
    "Move to the neighbour that way",
  );
  await page.keyboard.press("Escape");
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toHaveCount(0);

  await explorer.canvas.focus();
  await page.keyboard.press("ArrowRight");
  const first = explorer.details.getByRole("heading", { level: 2 });
  await expect(first).toHaveText("Kirill Dmitriev");
  let previous = "Kirill Dmitriev";
  for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
    await page.keyboard.press(key);
    const name = await first.textContent();
    if (name === previous) continue;
    // The new selection is a neighbour of the previous one.
    await expect(
      explorer.relation(new RegExp(`(${previous}.*${name})|(${name}.*${previous})`)).first(),
    ).toBeAttached();
    previous = name!;
  }
  expect(previous).not.toBe("Kirill Dmitriev");
  await explorer.screenshot("a11y-keyboard-moved");
  const before = await explorer.visibleEntities.getByRole("listitem").count();
  await page.keyboard.press("e");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: new RegExp(`${previous}: showing \\d+ of \\d+ neighbours`) }),
  ).toBeVisible();
  await expect
    .poll(() => explorer.visibleEntities.getByRole("listitem").count())
    .toBeGreaterThanOrEqual(before);

  await page.keyboard.press("Escape");
  await expect(explorer.details.getByRole("heading", { name: "Explore" })).toBeVisible();
  await page.keyboard.press("Escape"); // the notice
  await page.keyboard.press("Escape");
  await expect(explorer.filters).toHaveCount(0);
});
