import { expect, test } from "@playwright/test";
import { AddPage } from "./pages/add-page";

// A fresh article each run (the date stamp changes the text, hence the document id).
const stamp = new Date().toISOString();
const ARTICLE = {
  title: `Envoys meet in Riyadh (${stamp})`,
  date: "2025-03-11",
  source: "Liaison e2e",
  text:
    "U.S. special envoy Steve Witkoff met Kirill Dmitriev, the head of the Russian Direct Investment Fund, in Riyadh on Tuesday. " +
    "Russian Foreign Minister Sergei Lavrov also met Secretary of State Marco Rubio in Riyadh, officials said.\n\n" +
    `Kremlin spokesman Dmitry Peskov told reporters the talks were useful. (Filed ${stamp}.)`,
};

test.describe("adding an article", () => {
  test("paste, preview with highlights, untick a relation, commit, land in the graph focused on it", async ({
    page,
    request,
  }) => {
    const add = new AddPage(page);
    await add.open();
    await add.fill(ARTICLE);
    await add.preview();

    await expect(add.highlighted).toContainText("Steve Witkoff met Kirill Dmitriev");
    await expect(add.highlighted.locator("mark").first()).toBeVisible();
    await expect(add.entity("Steve Witkoff")).toContainText(/in the graph|new/);
    const boxes = add.relations.getByRole("checkbox");
    const total = await boxes.count();
    expect(total).toBeGreaterThan(1);
    await add.screenshot("intake-preview");

    const dropped = add.relation(/Sergei Lavrov met with Marco Rubio/);
    await dropped.uncheck();
    await expect(dropped).not.toBeChecked();
    await expect(
      page.getByRole("heading", { name: `Relations (${total - 1} of ${total} kept)` }),
    ).toBeVisible();
    await add.screenshot("intake-preview-unticked");

    const before = await (await request.get("/api/health")).json();
    await add.commitButton.click();
    await page.waitForURL(/\/\?focus=/);
    const focus = new URL(page.url()).searchParams.get("focus");
    expect(focus).toMatch(/^(person|organization|country|place):/);
    // The explorer opens on what was added: the focused entity is among the drawn ones.
    await expect(page.getByRole("list", { name: "Visible entities" })).toContainText(
      /Steve Witkoff|Kirill Dmitriev/,
    );
    await page.waitForTimeout(2500); // let the layout settle before the screenshot
    await page.screenshot({ path: "test-results/screenshots/intake-landed.png" });

    const after = await (await request.get("/api/health")).json();
    expect(after.counts.documents).toBe(before.counts.documents + 1);
    expect(after.counts.evidence).toBe(before.counts.evidence + total - 1);

    // The unticked relation's sentence is not evidence of anything in the stored document.
    const { documents } = await (await request.get("/api/documents?limit=5")).json();
    const stored = documents.find((d: { title: string }) => d.title === ARTICLE.title);
    expect(stored.evidence).toBe(total - 1);
    const detail = await (await request.get(`/api/documents/${stored.id}`)).json();
    const ids = detail.evidence.map((v: { relationId: string }) => v.relationId);
    expect(ids).not.toContain("met_with:person:marco-rubio|person:sergei-lavrov");
    expect(ids).toContain("met_with:person:kirill-dmitriev|person:steve-witkoff");

    // The document page shows the text with mentions highlighted.
    await page.goto(`/documents/${encodeURIComponent(stored.id)}?entity=person:steve-witkoff`);
    await expect(page.getByRole("article", { name: `Document: ${ARTICLE.title}` })).toBeVisible();
    await expect(page.getByRole("button", { name: "Steve Witkoff" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(
      page.getByTestId("highlighted-text").locator("mark", { hasText: "Kirill Dmitriev" }).first(),
    ).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/intake-document.png", fullPage: true });

    // Clean up through the API, so the shared test database is as it was.
    const removed = await request.delete(`/api/documents/${stored.id}`);
    expect(removed.status()).toBe(200);
  });

  test("an empty preview is refused with a plain message", async ({ request }) => {
    const response = await request.post("/api/extract", { data: { text: "  " } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.issues[0].message).toBe("text must not be empty");
  });
});
