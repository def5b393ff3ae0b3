import { expect, type Download, type Locator, type Page } from "@playwright/test";

export interface CanvasState {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
  positions: Record<string, { x: number; y: number }>;
}

/** Reads the Cytoscape instance a page exposes on window (the viewer and the sandbox do, for tests). */
async function canvasState(
  page: Page,
  handle: "__liaisonSnapshotCy" | "liaisonCy",
): Promise<CanvasState> {
  await page.waitForFunction(
    (h) => Boolean((window as unknown as Record<string, unknown>)[h]),
    handle,
  );
  return page.evaluate((h) => {
    const cy = (window as unknown as Record<string, import("cytoscape").Core>)[h]!;
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = { ...n.position() };
    });
    return {
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
      width: cy.width(),
      height: cy.height(),
      positions,
    };
  }, handle);
}

/** The Export menu shared by the viewer and the explorer's toolbar. */
export class ExportMenu {
  constructor(readonly page: Page) {}

  /** Chooses a format and returns its downloads (CSV gives two files). */
  async export(format: string, files = 1): Promise<Download[]> {
    const downloads: Download[] = [];
    const collect = (d: Download) => downloads.push(d);
    this.page.on("download", collect);
    await this.page.getByRole("button", { name: "Export", exact: true }).click();
    await this.page.getByRole("menuitem", { name: format, exact: true }).click();
    await expect.poll(() => downloads.length).toBe(files);
    this.page.off("download", collect);
    return downloads;
  }
}

/** The explorer with Share and Export in its toolbar (SnapshotActions), opened on some entities. */
export class ShareSourcePage {
  readonly exports: ExportMenu;
  readonly toolbar: Locator;
  constructor(readonly page: Page) {
    this.exports = new ExportMenu(page);
    this.toolbar = page.getByRole("toolbar", { name: "Graph tools" });
  }

  /** Opens the explorer focused on these entities and waits until they are drawn and laid out. */
  async open(focus: string[]): Promise<void> {
    await this.page.goto(`/?focus=${focus.map(encodeURIComponent).join(",")}`);
    await this.page.waitForFunction((count) => {
      const cy = (window as unknown as { liaisonCy?: import("cytoscape").Core }).liaisonCy;
      return !!cy && cy.nodes().length >= count;
    }, focus.length);
    await this.page.waitForTimeout(1000); // the explorer's layout and fit settle
  }

  state(): Promise<CanvasState> {
    return canvasState(this.page, "liaisonCy");
  }

  async share(details: {
    title: string;
    note?: string;
    expiry?: string;
  }): Promise<{ link: string; deleteToken: string }> {
    await this.page
      .getByRole("group", { name: "Share and export" })
      .getByRole("button", { name: "Share" })
      .click();
    const dialog = this.page.getByRole("dialog", { name: "Share this view" });
    await dialog.getByLabel("Title").fill(details.title);
    if (details.note) await dialog.getByLabel("Note").fill(details.note);
    if (details.expiry)
      await dialog.getByLabel("Link expires").selectOption({ label: details.expiry });
    await dialog.getByRole("button", { name: "Create link" }).click();
    const link = await dialog.getByLabel("Link", { exact: true }).inputValue();
    const deleteToken = await dialog.getByLabel("Delete token").inputValue();
    await dialog.getByRole("button", { name: "Done" }).click();
    return { link, deleteToken };
  }
}

/** The read-only viewer /s/{id}. */
export class SnapshotViewerPage {
  readonly heading: Locator;
  readonly details: Locator;
  readonly exploreLink: Locator;
  readonly exports: ExportMenu;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.details = page.getByRole("complementary", { name: "Details" });
    this.exploreLink = page.getByRole("link", { name: "Explore from here" });
    this.exports = new ExportMenu(page);
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByTestId("snapshot-canvas")).toBeVisible();
  }

  state(): Promise<CanvasState> {
    return canvasState(this.page, "__liaisonSnapshotCy");
  }

  async selectRelation(name: string | RegExp): Promise<void> {
    await this.page.getByText(/^All \d+ entities and \d+ relations$/).click();
    await this.page
      .getByRole("list", { name: "Shared relations" })
      .getByRole("button", { name })
      .click();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({
      path: `${process.env.LIAISON_RESULTS_DIR ?? "test-results"}/screenshots/${name}.png`,
    });
  }
}
