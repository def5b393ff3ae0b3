import { expect, test } from "@playwright/test";
import type { Driver } from "neo4j-driver";
import {
  removeReportingGraph,
  reportingGraph,
  testDriver,
  writeReportingGraph,
} from "./fixtures/reporting-graph";
import { ExplorerPage } from "./pages/explorer-page";

const g = reportingGraph("e2e-corr");
let driver: Driver;

test.beforeAll(async () => {
  driver = testDriver();
  await writeReportingGraph(driver, g);
});

test.afterAll(async () => {
  await removeReportingGraph(driver, g);
  await driver.executeQuery(
    "MATCH (c:Correction) WHERE c.relationId CONTAINS $run DETACH DELETE c",
    { run: g.run },
  );
  await driver.executeQuery(
    "MATCH (v:RejectedEvidence) WHERE v.id STARTS WITH $run DETACH DELETE v",
    { run: g.run },
  );
  await driver.close();
});

test("correct a line by hand: confirm, retype and reject it with a reason, see 'corrected by hand', and undo", async ({
  page,
}) => {
  const explorer = new ExplorerPage(page);
  await explorer.open(`/?focus=${g.tomas}&selected=${encodeURIComponent(g.works)}`);
  await explorer.waitForGraph();
  const panel = explorer.details.getByRole("region", { name: "Corrections by hand" });

  // Retype: "works for" was a wrong reading; the registry offers the types these two may have.
  await panel.getByText("Correct this relation").click();
  await panel.getByRole("radio", { name: /Retype/ }).check();
  const types = panel.getByRole("combobox", { name: "Right type" });
  await expect(types.getByRole("option")).not.toContainText(["works for"]);
  await types.selectOption({ label: "educated at" });
  await panel
    .getByRole("textbox", { name: "Why" })
    .fill("He studied there; he never worked for the bank.");
  await panel.getByRole("button", { name: "Save correction" }).click();
  await expect(page).toHaveURL(/selected=educated_at:/);
  await expect(
    explorer.details.getByRole("heading", { name: "Tomas Brek educated at Northwind Bank" }),
  ).toBeVisible();
  const corrected = explorer.details.getByRole("note", { name: "Corrected by hand" });
  await expect(corrected).toContainText("Retyped from “works for” to “educated at” by local on");
  await expect(corrected).toContainText("He studied there; he never worked for the bank.");
  await expect(explorer.relation("Tomas Brek educated at Northwind Bank")).toHaveCount(1);
  await expect(explorer.relation(/works for/)).toHaveCount(0);
  await explorer.screenshot("corrections-retyped");

  await corrected.getByRole("button", { name: "Undo" }).click();
  await expect(
    explorer.details.getByRole("heading", { name: "Tomas Brek works for Northwind Bank" }),
  ).toBeVisible();
  await expect(explorer.relation(/Tomas Brek works for Northwind Bank/)).toHaveCount(1);

  // Reject the meeting; it leaves the view, and the corrections page can bring it back.
  await explorer.openPanel("List view");
  await explorer.details.getByRole("button", { name: /Rina Vale met with Tomas Brek/ }).click();
  await panel.getByText("Correct this relation").click();
  await panel.getByRole("radio", { name: /Reject/ }).check();
  await panel.getByRole("textbox", { name: "Why" }).fill("They only spoke by phone.");
  await panel.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rejected by local on" })).toBeVisible();
  await expect(explorer.relation(/Rina Vale met with Tomas Brek/)).toHaveCount(0);

  await page.goto("/corrections");
  const list = page.getByRole("list", { name: "Corrections" });
  const rejection = list.getByRole("listitem").filter({ hasText: g.met });
  await expect(rejection).toContainText("Rejected by local on");
  await expect(list.getByRole("listitem").filter({ hasText: g.works })).toContainText(
    "(undone by local)",
  );
  await explorer.screenshot("corrections-list");
  await rejection.getByRole("button", { name: "Undo" }).click();
  await expect(rejection).toContainText("(undone by local)");
  await explorer.open(`/?focus=${g.tomas}`);
  await explorer.waitForGraph();
  await expect(explorer.relation(/Rina Vale met with Tomas Brek \(2 sentences/)).toHaveCount(1);
});

test("corrections are admin writes with a reason: no reason is a 400, an unknown relation a 404", async ({
  request,
}) => {
  const noReason = await request.post("/api/corrections", {
    data: { kind: "reject", relationId: g.met, reason: " " },
  });
  expect(noReason.status()).toBe(400);
  const unknown = await request.post("/api/corrections", {
    data: { kind: "confirm", relationId: `met_with:${g.rina}|person:nobody`, reason: "x" },
  });
  expect(unknown.status()).toBe(404);
  const confirmed = await request.post("/api/corrections", {
    data: { kind: "confirm", relationId: g.met, reason: "Seen on video." },
  });
  expect(confirmed.status()).toBe(200);
  const body = await confirmed.json();
  expect(body).toMatchObject({ kind: "confirm", by: "local", reason: "Seen on video." });
  expect((await request.delete(`/api/corrections/${encodeURIComponent(body.id)}`)).status()).toBe(
    200,
  );
  expect((await request.delete(`/api/corrections/${encodeURIComponent(body.id)}`)).status()).toBe(
    410,
  );
});
