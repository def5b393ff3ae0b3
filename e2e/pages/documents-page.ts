import type { Locator, Page } from "@playwright/test";
import { SCREENSHOTS } from "./explorer-page";

/** The /documents list and a document's page. */
export class DocumentsPage {
  readonly search: Locator;
  readonly table: Locator;
  readonly status: Locator;
  readonly relations: Locator;
  readonly arrivedNote: Locator;
  readonly backToGraph: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole("searchbox", { name: "Search titles, sources and text" });
    this.table = page.getByRole("table", { name: "Documents" });
    this.status = page.getByRole("status");
    this.relations = page.getByRole("region", { name: "Relations in this document" });
    this.arrivedNote = page.getByRole("note", { name: "The sentence you came for" });
    this.backToGraph = page.getByRole("link", { name: "← Back to the graph" });
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/documents${query}`);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.page.getByRole("button", { name: "Search" }).click();
  }

  async sortBy(column: string): Promise<void> {
    await this.table
      .getByRole("columnheader", { name: new RegExp(`^${column}`) })
      .getByRole("link")
      .click();
  }

  /** Titles in the table's order. */
  async titles(): Promise<string[]> {
    return this.table.locator("tbody tr td:first-child").allInnerTexts();
  }

  row(title: string): Locator {
    return this.table.getByRole("row").filter({ hasText: title });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: false });
  }
}
