import type { Locator, Page } from "@playwright/test";

/** Locators and actions of the explorer page, so specs read as user journeys. */
export class ExplorerPage {
  readonly brand: Locator;
  readonly search: Locator;
  readonly healthStatus: Locator;
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.brand = page.getByRole("link", { name: /Liaison/ });
    this.search = page.getByRole("searchbox", { name: "Search entities" });
    this.healthStatus = page.getByRole("status", { name: "Database status" });
    this.canvas = page.getByTestId("graph-canvas");
  }

  async open(path = "/"): Promise<void> {
    await this.page.goto(path);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
  }
}
