import { expect, test } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer-page";

test("a timeline under the canvas: months with labelled axes, a brush that sets the range, play, dates with their precision", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open("/?focus=person:kirill-dmitriev");
  await explorer.waitForGraph();
  const timeline = page.getByRole("region", { name: "Timeline" });
  const bars = timeline.getByRole("group", { name: "Months" }).getByRole("button");
  await expect(bars.first()).toHaveAccessibleName(/^[A-Z][a-z]+ 20\d\d: \d+ lines?$/);
  const count = await bars.count();
  expect(count).toBeGreaterThan(3);
  await expect(timeline).toContainText("all dates");
  await explorer.screenshot("timeline-all");

  const names = await bars.evaluateAll((els) =>
    els.map((e) => e.getAttribute("aria-label")!.split(":")[0]!),
  );
  const [first, last] = [(await bars.nth(1).boundingBox())!, (await bars.nth(3).boundingBox())!];
  await page.mouse.move(first.x + first.width / 2, first.y + first.height - 2);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width / 2, last.y + last.height - 2, { steps: 6 });
  await page.mouse.up();
  await expect(timeline).toContainText(`${names[1]} to ${names[3]}`);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
  const inRange = await explorer.visibleRelations.getByRole("listitem").count();
  await explorer.screenshot("timeline-brushed");

  await timeline.getByRole("button", { name: "All dates" }).click();
  await expect(timeline).toContainText("all dates");
  const all = await explorer.visibleRelations.getByRole("listitem").count();
  expect(inRange).toBeLessThan(all);

  await timeline.getByRole("button", { name: "Play" }).click();
  await expect(page).toHaveURL(/to=\d{4}-\d{2}/);
  await expect
    .poll(() => explorer.visibleRelations.getByRole("listitem").count())
    .toBeLessThan(all);
  await timeline.getByRole("button", { name: "Pause" }).click();
  await explorer.screenshot("timeline-playing");

  await explorer.openPanel("List view");
  await explorer.details
    .getByRole("button", { name: /Kirill Dmitriev met with Steve Witkoff/ })
    .first()
    .click();
  const evidence = explorer.details.getByRole("list", { name: "Evidence sentences" });
  await expect(evidence.getByRole("listitem").first()).toContainText(
    /· \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d/,
  );
});
